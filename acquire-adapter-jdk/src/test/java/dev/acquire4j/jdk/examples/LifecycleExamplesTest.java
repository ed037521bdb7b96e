package dev.acquire4j.jdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.Optional;

/** Runs the README's lifecycle and stored-message samples against the fake server. */
class LifecycleExamplesTest {
    private FakeAcquireServer server;
    private AcquireState state;
    private AcquireClient acquire;

    @BeforeEach
    void start() {
        state = new AcquireState();
        server = new FakeAcquireServer(state).start();
        acquire = JdkAcquireClient.builder()
                .settings(ClientSettings.builder().baseUri(server.baseUri()).apiKey(state.validKey()).build()).build();
    }

    @AfterEach
    void stop() {
        acquire.close();
        server.close();
    }

    @Test
    void theOpenSampleOpensACaseWithItsFirstMessage() {
        long contact = state.addContact().id().value();
        SupportCase opened = LifecycleExamples.openWithOptions(acquire, contact);
        assertTrue(opened.status().isActive());
        assertEquals(1, state.messages(opened.id()).size());
    }

    @Test
    void theCloseReopenSampleSendsToTheReopenedCase() {
        SupportCase active = state.openCase(Channel.CHAT);
        SentMessage sent = LifecycleExamples.closeThenReopen(acquire, active);
        assertEquals(CaseStatus.CLOSED, state.findCase(active.id()).orElseThrow().status());
        assertNotEquals(active.id(), sent.caseId().orElseThrow());
        assertEquals(active.threadId(), state.findCase(sent.caseId().orElseThrow()).orElseThrow().threadId());
    }

    @Test
    void theStoredMessagesSampleCorrectsOneAndDeletesAnother() {
        SupportCase c = state.openCase(Channel.CHAT);
        SentMessage typo = acquire.chat().send(ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .text("Your order has shiped").build());
        SentMessage mistake = acquire.chat().send(ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .text("Wrong customer").build());
        CaseMessage after = LifecycleExamples.correctThenDelete(acquire, typo.id().value(), mistake.id().value());
        assertEquals(Optional.of("Your order has shipped"), after.text());
        assertEquals(Optional.of(c.id()), after.caseId());
        assertEquals("Your order has shipped", state.findMessage(typo.id()).orElseThrow().text());
        assertTrue(state.findMessage(mistake.id()).isEmpty());
    }
}
