package dev.acquire4j.tck.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.InMemoryAcquire;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests that a load run's accounting catches every way a send can go unaccounted for. */
class AccountingTest {
    private final AcquireState state = new AcquireState();
    private final SupportCase c = state.openCase(Channel.CHAT);
    private final InMemoryAcquire client = InMemoryAcquire.of(state);
    private final List<ChatMessage> messages = List.of(chat("a"), chat("b"), chat("c"));

    private ChatMessage chat(String text) {
        return ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow()).text(text).build();
    }

    private static Outcome notSent() {
        return Outcome.of(null, new NotSentException("no", FailureDetails.withoutAnswer(Operation.SEND_CHAT, "POST /x", 1), null));
    }

    private static Outcome unknown() {
        return Outcome.of(null, new OutcomeUnknownException("?", FailureDetails.withoutAnswer(Operation.SEND_CHAT, "POST /x", 1), null));
    }

    @Test
    void countsAConsistentRun() {
        SentMessage a = client.chat().send(messages.get(0));
        client.chat().send(messages.get(2));
        Accounting.Counts counts = Accounting.check(messages, new Outcome[] {Outcome.of(a, null), notSent(), unknown()},
                state.messages());
        assertEquals(new Accounting.Counts(1, 1, 1, 0, 1), counts, "the unknown send's copy is unaccounted for");
    }

    @Test
    void catchesWhatDoesNotAddUp() {
        SentMessage a = client.chat().send(messages.get(0));
        client.chat().send(messages.get(0));
        client.chat().send(messages.get(1));
        client.chat().send(chat("nobody's"));
        AssertionError e = assertThrows(AssertionError.class, () -> Accounting.check(messages,
                new Outcome[] {Outcome.of(a, null), notSent(), new Outcome(Outcome.Kind.NONE, null, null)}, state.messages()));
        assertTrue(e.getMessage().contains("1 texts stored twice"), e.getMessage());
        assertTrue(e.getMessage().contains("send 0: returned a SentMessage but was stored 2 times"), e.getMessage());
        assertTrue(e.getMessage().contains("send 1: failed as not sent, yet was stored"), e.getMessage());
        assertTrue(e.getMessage().contains("send 2: did not end"), e.getMessage());
        assertTrue(e.getMessage().contains("stored a text no send had: nobody's"), e.getMessage());
    }

    @Test
    void anUntypedFailureBreaksTheRun() {
        AssertionError e = assertThrows(AssertionError.class, () -> Accounting.check(messages.subList(0, 1),
                new Outcome[] {Outcome.of(null, new IllegalStateException("raw"))}, state.messages()));
        assertTrue(e.getMessage().contains("untyped failure"), e.getMessage());
    }
}
