package dev.acquire4j.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One CLIENT span per operation, for each transport and call style, against the fake server: its
 * name and attributes, its parent (the caller's span), its events, its end before an async result is
 * seen, and no current span on the threads that complete async calls (a Vert.x event loop among them).
 */
class AcquireTracingTest {
    private static final String CHAT = "POST /api/v1/crm/messenger/chat/add-message";
    private static final String GET_CASE = "GET /api/v1/crm/objects/case/{id}";
    private static final String OPEN_CASE = "POST /api/v1/crm/messenger/chat/create";
    private static final String TEXT = "Your parcel left the depot.";

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private final OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
    private final AcquireState state = new AcquireState();
    private final List<String> problems = new ArrayList<>();
    private FakeAcquireServer server;

    @BeforeEach
    void startServer() {
        server = new FakeAcquireServer(state).start();
    }

    @AfterEach
    void stop() {
        server.close();
        openTelemetry.close();
    }

    private CallStyle.Caller client(CallStyle style) {
        ClientSettings base = ClientSettings.builder().baseUri(server.baseUri()).apiKey(state.validKey())
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build())
                .build();
        return style.open(base.toBuilder().listener(AcquireTracing.listener(openTelemetry, base.baseUri())).build());
    }

    /**
     * Runs one operation inside a caller's span; for async styles, checks where the result arrives
     * that the operation's span has already ended and that no span is current there.
     */
    private <T> T inCallerSpan(Span caller, CallStyle.Caller client, String spanName,
            java.util.function.Function<dev.acquire4j.ports.AsyncAcquireClient, java.util.concurrent.CompletionStage<T>> async,
            java.util.function.Function<dev.acquire4j.ports.AcquireClient, T> blocking) {
        Supplier<Long> endedCount = () -> exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(spanName)).count();
        long before = endedCount.get();
        try (Scope ignored = caller.makeCurrent()) {
            return client.call(async, blocking, (result, error) -> {
                synchronized (problems) {
                    if (endedCount.get() != before + 1) {
                        problems.add(spanName + ": span not ended when the result arrived on " + Thread.currentThread().getName());
                    }
                    if (Span.current().getSpanContext().isValid() || Context.current() != Context.root()) {
                        problems.add(spanName + ": a context is current on " + Thread.currentThread().getName());
                    }
                }
            }, () -> {
                if (!Span.current().equals(caller)) {
                    problems.add(spanName + ": the caller's current span changed");
                }
            });
        }
    }

    private static void assertNoPersonalDataOrIds(SpanData span, String... forbidden) {
        List<Attributes> all = new ArrayList<>();
        all.add(span.getAttributes());
        span.getEvents().stream().map(EventData::getAttributes).forEach(all::add);
        for (Attributes attributes : all) {
            attributes.forEach((key, value) -> {
                for (String f : forbidden) {
                    assertFalse(String.valueOf(value).contains(f), span.getName() + " attribute " + key + " shows " + f);
                }
            });
        }
    }

    @ParameterizedTest
    @EnumSource(CallStyle.class)
    void eachOperationIsOneClientSpanChildOfTheCallersSpan(CallStyle style) {
        SupportCase order = state.openCase(Channel.CHAT);
        ContactId contact = order.contactId().orElseThrow();
        ChatMessage message = ChatMessage.builder().caseId(order.id()).contactId(contact).text(TEXT).build();
        Span caller = openTelemetry.getTracer("test").spanBuilder("checkout").startSpan();
        String sentId;
        SupportCase opened;
        try (CallStyle.Caller client = client(style)) {
            sentId = inCallerSpan(caller, client, CHAT, a -> a.chat().send(message), c -> c.chat().send(message)).id().toString();
            inCallerSpan(caller, client, GET_CASE, a -> a.cases().get(order.id()), c -> c.cases().get(order.id()));
            opened = inCallerSpan(caller, client, OPEN_CASE, a -> a.caseOpener().open(contact), c -> c.caseOpener().open(contact));
        } finally {
            caller.end();
        }
        assertEquals(List.of(), problems);
        List<SpanData> spans = exporter.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
        assertEquals(List.of(CHAT, GET_CASE, OPEN_CASE), spans.stream().map(SpanData::getName).toList());
        for (SpanData span : spans) {
            assertEquals(caller.getSpanContext().getTraceId(), span.getTraceId(), span.getName());
            assertEquals(caller.getSpanContext().getSpanId(), span.getParentSpanId(), span.getName());
            Attributes a = span.getAttributes();
            String method = span.getName().substring(0, span.getName().indexOf(' '));
            assertEquals(method, a.get(AttributeKey.stringKey("http.request.method")));
            assertEquals(span.getName().substring(method.length() + 1), a.get(AttributeKey.stringKey("url.template")));
            assertEquals(server.baseUri().getHost(), a.get(AttributeKey.stringKey("server.address")));
            assertEquals((long) server.baseUri().getPort(), a.get(AttributeKey.longKey("server.port")));
            assertEquals("succeeded", a.get(AttributeKey.stringKey(AcquireTracing.OUTCOME)));
            assertEquals(1L, a.get(AttributeKey.longKey(AcquireTracing.ATTEMPTS)));
            assertNull(a.get(AttributeKey.stringKey("error.type")));
            assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
            assertEquals(List.of(AcquireTracing.ATTEMPT_EVENT), span.getEvents().stream().map(EventData::getName).toList());
            assertNoPersonalDataOrIds(span, TEXT, Long.toString(order.id().value()), Long.toString(contact.value()),
                    sentId, Long.toString(opened.id().value()));
        }
        assertEquals(List.of("send_chat", "get_case", "open_case"),
                spans.stream().map(s -> s.getAttributes().get(AttributeKey.stringKey(AcquireTracing.OPERATION))).toList());
        assertEquals("chat", spans.get(0).getAttributes().get(AttributeKey.stringKey(AcquireTracing.CHANNEL)));
        assertNull(spans.get(1).getAttributes().get(AttributeKey.stringKey(AcquireTracing.CHANNEL)));
    }

    @ParameterizedTest
    @EnumSource(CallStyle.class)
    void retriesAreEventsAndAFailureNamesItsErrorType(CallStyle style) {
        SupportCase order = state.openCase(Channel.CHAT);
        CaseId unknown = CaseId.of(order.id().value() + 1_000_000);
        Span caller = openTelemetry.getTracer("test").spanBuilder("job").startSpan();
        try (CallStyle.Caller client = client(style)) {
            server.failNext(503, null);
            inCallerSpan(caller, client, GET_CASE, a -> a.cases().get(order.id()), c -> c.cases().get(order.id()));
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> inCallerSpan(caller, client, GET_CASE, a -> a.cases().get(unknown), c -> c.cases().get(unknown)));
            assertInstanceOf(NotFoundException.class, e instanceof CompletionException ? e.getCause() : e);
        } finally {
            caller.end();
        }
        assertEquals(List.of(), problems);
        List<SpanData> spans = exporter.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
        assertEquals(2, spans.size(), spans.toString());

        SpanData retried = spans.get(0);
        assertEquals(GET_CASE, retried.getName());
        assertEquals(List.of(AcquireTracing.ATTEMPT_EVENT, AcquireTracing.RETRY_EVENT, AcquireTracing.ATTEMPT_EVENT),
                retried.getEvents().stream().map(EventData::getName).toList());
        Attributes first = retried.getEvents().get(0).getAttributes();
        assertEquals(1L, first.get(AttributeKey.longKey(AcquireTracing.ATTEMPT_NUMBER)));
        assertEquals(503L, first.get(AttributeKey.longKey("http.response.status_code")));
        Attributes retry = retried.getEvents().get(1).getAttributes();
        assertEquals(503L, retry.get(AttributeKey.longKey("http.response.status_code")));
        assertTrue(retry.get(AttributeKey.longKey(AcquireTracing.RETRY_DELAY_MS)) <= 5, retry.toString());
        assertEquals("dev.acquire4j.ports.ServerErrorException", retry.get(AttributeKey.stringKey("error.type")));
        Attributes second = retried.getEvents().get(2).getAttributes();
        assertEquals(2L, second.get(AttributeKey.longKey(AcquireTracing.ATTEMPT_NUMBER)));
        assertEquals("succeeded", second.get(AttributeKey.stringKey(AcquireTracing.OUTCOME)));
        assertEquals(2L, retried.getAttributes().get(AttributeKey.longKey(AcquireTracing.ATTEMPTS)));
        assertEquals(StatusCode.UNSET, retried.getStatus().getStatusCode());

        SpanData failed = spans.get(1);
        assertEquals(GET_CASE, failed.getName());
        assertEquals(caller.getSpanContext().getSpanId(), failed.getParentSpanId());
        assertEquals(StatusCode.ERROR, failed.getStatus().getStatusCode());
        assertEquals("404", failed.getAttributes().get(AttributeKey.stringKey("error.type")));
        assertEquals(404L, failed.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertEquals("not_sent", failed.getAttributes().get(AttributeKey.stringKey(AcquireTracing.OUTCOME)));
        assertNoPersonalDataOrIds(failed, Long.toString(unknown.value()));
    }
}
