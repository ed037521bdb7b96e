package dev.acquire4j.jdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.InMemoryAcquire;
import org.junit.jupiter.api.Test;

/** The README's testkit samples, as a user's tests would be written; README checks them verbatim. */
class TestkitExamplesTest {

    @Test
    void inMemory() {
        // tag::testkit-memory[]
        AcquireState state = new AcquireState();
        SupportCase order = state.openCase(Channel.CHAT);             // an active case with fresh ids
        try (InMemoryAcquire acquire = InMemoryAcquire.of(state)) {
            new ShippingNotifier(acquire).shipped(order);             // your code, given the port
        }
        assertEquals("Your order has shipped.", state.messages().get(0).text());
        // end::testkit-memory[]
    }

    @Test
    void overTheWire() {
        // tag::testkit-server[]
        AcquireState state = new AcquireState();
        SupportCase order = state.openCase(Channel.CHAT);
        try (FakeAcquireServer server = new FakeAcquireServer(state).start();   // loopback, ephemeral port
             AcquireClient acquire = JdkAcquireClient.builder()
                     .settings(ClientSettings.builder()
                             .baseUri(server.baseUri())
                             .apiKey(state.validKey())
                             .build())
                     .build()) {
            new ShippingNotifier(acquire).shipped(order);
            assertEquals(1, server.requestCount());                   // exactly one request on the wire
            assertEquals("/api/v1/crm/messenger/chat/add-message", server.requests().get(0).path());
        }
        assertEquals(1, state.messageCount());                        // stored exactly once
        // end::testkit-server[]
    }
}
