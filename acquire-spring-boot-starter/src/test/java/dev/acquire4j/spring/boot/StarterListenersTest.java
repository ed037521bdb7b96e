package dev.acquire4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.OperationListener;
import dev.acquire4j.ports.OperationOutcome;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * With metrics, tracing and an application listener all present, one send through the starter's client
 * (on either transport) reaches each of them once: the listeners are combined into one.
 */
class StarterListenersTest {
    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void oneSendIsTimedTracedAndHeardByTheApplicationsListener(String transport) {
        AcquireState state = new AcquireState();
        SupportCase order = state.openCase(Channel.CHAT);
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        AtomicInteger heard = new AtomicInteger();
        OperationListener own = new OperationListener() {
            @Override
            public void attemptEnded(AttemptInfo attempt, OperationOutcome outcome, Duration duration) {
                heard.incrementAndGet();
            }
        };
        try (FakeAcquireServer server = new FakeAcquireServer(state).start()) {
            ApplicationContextRunner runner = new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(AcquireAutoConfiguration.class,
                            AcquireVertxClientAutoConfiguration.class, AcquireClientAutoConfiguration.class))
                    .withPropertyValues("acquire.base-url=" + server.baseUri(), "acquire.api-key=" + state.validKey().reveal(),
                            "acquire.transport=" + transport)
                    .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .withBean(OpenTelemetry.class, () -> OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()).build())
                    .withBean("auditListener", OperationListener.class, () -> own);
            if (transport.equals("vertx")) {
                runner = runner.withBean(Vertx.class, Vertx::vertx, d -> d.setDestroyMethodName("close"));
            }
            runner.run(context -> {
                context.getBean(AcquireClient.class).chat().send(ChatMessage.builder().caseId(order.id())
                        .contactId(order.contactId().orElseThrow()).text("Your order has shipped.").build());
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                assertThat(registry.get("acquire.operation").tags("operation", "send_chat").timer().count()).isEqualTo(1);
                // Read before the context closes the SDK, whose shutdown empties the exporter.
                List<SpanData> spans = exporter.getFinishedSpanItems();
                assertThat(spans).extracting(SpanData::getName).containsExactly("POST /api/v1/crm/messenger/chat/add-message");
            });
        }
        assertThat(heard).hasValue(1);
        assertThat(state.messageCount()).isEqualTo(1);
    }
}
