package dev.acquire4j.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's tracing sample against the fake server; ReadmeSamplesTest checks the README shows it verbatim. */
class ReadmeTracingExampleTest {
    @Test
    void theSampleTracesTheSendInTheCallersTrace() {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        AcquireState state = new AcquireState();
        SupportCase order = state.openCase(Channel.CHAT);
        ChatMessage message = ChatMessage.builder().caseId(order.id()).contactId(order.contactId().orElseThrow())
                .text("Your order has shipped.").build();
        try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()).build();
                FakeAcquireServer server = new FakeAcquireServer(state).start()) {
            OpenTelemetry openTelemetry = sdk;
            ClientSettings.Builder builder = ClientSettings.builder().baseUri(server.baseUri()).apiKey(state.validKey());
            Span request = openTelemetry.getTracer("app").spanBuilder("POST /orders/{id}/ship").startSpan();
            try (Scope ignored = request.makeCurrent()) {
                // tag::tracing[]
                ClientSettings base = builder.build();                     // account, key...
                ClientSettings settings = base.toBuilder()
                        .listener(AcquireTracing.listener(openTelemetry, base.baseUri()))
                        .build();
                try (AcquireClient acquire = JdkAcquireClient.builder().settings(settings).build()) {
                    acquire.chat().send(message);      // one CLIENT span, a child of the current span
                }
                // end::tracing[]
            } finally {
                request.end();
            }
            List<SpanData> spans = exporter.getFinishedSpanItems();
            assertEquals(List.of("POST /api/v1/crm/messenger/chat/add-message", "POST /orders/{id}/ship"),
                    spans.stream().map(SpanData::getName).toList());
            assertEquals(request.getSpanContext().getSpanId(), spans.get(0).getParentSpanId());
        }
    }
}
