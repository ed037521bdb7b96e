package dev.acquire4j.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.OperationOutcome;
import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.faults.ServerFault;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the JDK adapter against the fake server and reads the meters the listener made. */
class AcquireMetricsTest {
    private final AcquireState state = new AcquireState();
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private FakeAcquireServer server;
    private AcquireClient acquire;
    private SupportCase order;

    @BeforeEach
    void start() {
        order = state.openCase(Channel.CHAT);
        server = new FakeAcquireServer(state).start();
        acquire = JdkAcquireClient.builder().settings(ClientSettings.builder()
                .baseUri(server.baseUri())
                .apiKey(state.validKey())
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build())
                .listener(AcquireMetrics.listener(registry))
                .build()).build();
    }

    @AfterEach
    void stop() {
        acquire.close();
        server.close();
    }

    @Test
    void aSendARetriedSendAndAServerErrorAreTimedAndCounted() {
        acquire.chat().send(chat("first"));
        server.script(ServerFault.status(503).withRetryAfter(Duration.ZERO));
        acquire.chat().send(chat("after maintenance"));
        server.script(ServerFault.status(500));
        assertThrows(ServerErrorException.class, () -> acquire.chat().send(chat("maybe")));

        assertEquals(2, registry.get(AcquireMetrics.OPERATION_TIMER).tags("operation", "send_chat", "outcome", "succeeded", "status", "2xx")
                .timer().count());
        assertEquals(1, registry.get(AcquireMetrics.OPERATION_TIMER).tags("outcome", "outcome_unknown", "status", "5xx")
                .timer().count());
        assertEquals(2, registry.get(AcquireMetrics.ATTEMPTS).tags("outcome", "succeeded").counter().count(), "the first send and the retry");
        assertEquals(1, registry.get(AcquireMetrics.ATTEMPTS).tags("outcome", "not_sent", "status", "5xx")
                .counter().count(), "the 503 before the retry");
        assertEquals(1, registry.get(AcquireMetrics.ATTEMPTS).tags("outcome", "outcome_unknown", "status", "5xx")
                .counter().count(), "the 500");
        assertEquals(1, registry.get(AcquireMetrics.RETRIES).tags("operation", "send_chat", "status", "5xx").counter().count());
    }

    @Test
    void lookupsAndCaseOpeningsAreTimedTaggedByTheirOperation() {
        assertEquals(order.id(), acquire.cases().get(order.id()).id());
        assertThrows(NotFoundException.class, () -> acquire.cases().get(CaseId.of(987_654)));
        acquire.caseOpener().open(order.contactId().orElseThrow());
        assertEquals(1, registry.get(AcquireMetrics.OPERATION_TIMER).tags("operation", "get_case", "outcome", "succeeded")
                .timer().count());
        assertEquals(1, registry.get(AcquireMetrics.OPERATION_TIMER).tags("operation", "get_case", "outcome", "not_sent",
                "status", "4xx").timer().count());
        assertEquals(1, registry.get(AcquireMetrics.OPERATION_TIMER).tags("operation", "open_case", "outcome", "succeeded")
                .timer().count());
    }

    @Test
    void confirmationsAreCountedByOutcome() {
        AcquireClient confirming = acquire.withConfirmationPolicy(ConfirmationPolicy.automatic()
                .withGracePeriod(Duration.ofMillis(10)));
        server.script(ServerFault.resetAfterRead());
        confirming.chat().send(chat("stored, then reset"));
        server.script(ServerFault.resetWithoutStoring());
        confirming.chat().send(chat("reset, not stored"));
        assertEquals(1, registry.get(AcquireMetrics.CONFIRMATIONS).tags("operation", "send_chat", "outcome", "found")
                .timer().count());
        assertEquals(1, registry.get(AcquireMetrics.CONFIRMATIONS).tags("operation", "send_chat", "outcome", "not_found")
                .timer().count());
        assertEquals(2, state.messageCount(), "one copy per send");
    }

    @Test
    void tagsAreLowCardinalityAndCarryNoIds() {
        acquire.chat().send(chat("tagged"));
        Set<String> keys = registry.getMeters().stream().map(Meter::getId).flatMap(id -> id.getTags().stream())
                .map(Tag::getKey).collect(Collectors.toSet());
        assertEquals(Set.of("operation", "outcome", "status"), keys);
        String values = registry.getMeters().stream().map(m -> m.getId().getTags().toString()).collect(Collectors.joining());
        assertTrue(!values.contains(order.id().toString()) && !values.contains("tagged"), values);
    }

    @Test
    void statusClasses() {
        assertEquals("2xx", MicrometerOperationListener.statusClass(OperationOutcome.SUCCEEDED, -1));
        assertEquals("4xx", MicrometerOperationListener.statusClass(OperationOutcome.NOT_SENT, 429));
        assertEquals("none", MicrometerOperationListener.statusClass(OperationOutcome.NOT_SENT, -1));
    }

    private ChatMessage chat(String text) {
        return ChatMessage.builder().caseId(order.id()).contactId(order.contactId().orElseThrow()).text(text).build();
    }
}
