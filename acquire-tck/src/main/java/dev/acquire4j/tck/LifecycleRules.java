package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.FaultSupport.fastRetries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseOpening;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ClosedCase;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.tck.internal.Json;
import dev.acquire4j.testkit.records.RecordedRequest;
import dev.acquire4j.testkit.faults.ServerFault;
import dev.acquire4j.testkit.records.StoredMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules r12: the case lifecycle ({@code client.caseLifecycle()} and its async twin, in the
 * fixture's style): opening with options, closing with options, reopening a closed thread. Each
 * sends the documented request, returns what the account holds, fails with the typed errors of the
 * other operations, naming its own operation, and none is repeated after an unknown outcome.
 */
public interface LifecycleRules extends RuleGroup {

    /** {@return the opened case, in the fixture's style} */
    private SupportCase open(AcquireClient client, CaseOpening opening) {
        return support().inStyle(client, c -> c.caseLifecycle().open(opening), c -> c.async().caseLifecycle().open(opening));
    }

    /** {@return the close answer, in the fixture's style} */
    private ClosedCase close(AcquireClient client, CaseClosing closing) {
        return support().inStyle(client, c -> c.caseLifecycle().close(closing), c -> c.async().caseLifecycle().close(closing));
    }

    /** {@return the reopened case, in the fixture's style} */
    private SupportCase reopen(AcquireClient client, CaseOpening opening, ThreadId thread) {
        return support().inStyle(client, c -> c.caseLifecycle().reopen(opening, thread),
                c -> c.async().caseLifecycle().reopen(opening, thread));
    }

    /** Tests that a case opened with a title, a first message and an agent is active, and holds the first message. */
    @Test
    default void r12_1_openWithOptionsGivesAnActiveCaseWithItsFirstMessage() {
        ContactId contact = support().state().addContact().id();
        CaseOpening opening = CaseOpening.builder().contactId(contact).title("Order 1042").firstMessage("Hello from the shop")
                .agentId(25).build();
        SupportCase opened = open(support().current().client(), opening);
        assertEquals(support().state().findCase(opened.id()).orElseThrow(), opened);
        assertTrue(opened.status().isActive());
        assertEquals(Optional.of(contact), opened.contactId());
        List<StoredMessage> first = support().state().messages(opened.id());
        assertEquals(1, first.size(), "the first message is stored on the new case");
        assertEquals("Hello from the shop", first.get(0).text());
    }

    /** Tests the open request: POST create with contactId, a body of exactly the options set, and {} with none. */
    @Test
    default void r12_2_openSendsOnlyTheOptionsSet() {
        support().requireWire();
        ContactId contact = support().state().addContact().id();
        AcquireClient client = support().current().client();
        open(client, CaseOpening.builder().contactId(contact).title("Order 1042").channel(Channel.CHAT)
                .firstMessage("Hello").agentId(25).build());
        open(client, CaseOpening.of(contact));
        support().open(client, contact);
        List<RecordedRequest> wire = support().wire();
        assertEquals(3, wire.size());
        RecordedRequest full = wire.get(0);
        assertEquals("POST", full.method());
        assertEquals("/api/v1/crm/messenger/chat/create", full.path());
        assertEquals(Optional.of("contactId=" + contact), full.rawQuery());
        ObjectNode expected = Json.MAPPER.createObjectNode().put("title", "Order 1042").put("source", "firstMessage");
        expected.putObject("message").put("type", "message").put("message", "Hello");
        expected.put("channel", "chat").put("agentId", 25);
        Json.assertJsonEquals(expected, Json.json(full));
        assertEquals("{}", wire.get(1).bodyText(), "an opening without options sends an empty object");
        assertEquals("{}", wire.get(2).bodyText(), "the simple opener is unchanged");
    }

    /** Tests that closing an active case closes it, answers with the case and its contact, and sends the options set. */
    @Test
    default void r12_3_closeClosesTheCaseAndSendsTheOptionsSet() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        CaseClosing closing = CaseClosing.builder().caseId(c.id()).closingState("handled").archive(true)
                .askFeedback(false).force(true).build();
        ClosedCase closed = close(support().current().client(), closing);
        assertEquals(c.id(), closed.caseId());
        assertEquals(c.contactId(), closed.contactId());
        assertTrue(closed.foreverClosed(), closed.toString());
        assertEquals(CaseStatus.CLOSED, support().state().findCase(c.id()).orElseThrow().status());
        if (support().current().supports(Capability.WIRE)) {
            RecordedRequest close = support().wire().get(0);
            assertEquals("POST", close.method());
            assertEquals("/api/v1/crm/messenger/chat/close", close.path());
            assertTrue(close.rawQuery().isEmpty(), "no query: " + close);
            Json.assertJsonEquals(Json.MAPPER.createObjectNode().put("caseId", c.id().value()).put("closingState", "handled")
                    .put("archive", "yes").put("askFeedback", false).put("forceClose", true), Json.json(close));
        }
    }

    /** Tests that a closed case refuses a message, that reopening its thread gives an active case, and that it takes the message. */
    @Test
    default void r12_4_aClosedCaseRefusesAMessageUntilItsThreadIsReopened() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        ContactId contact = c.contactId().orElseThrow();
        ThreadId thread = c.threadId().orElseThrow();
        AcquireClient client = support().current().client();
        close(client, CaseClosing.of(c.id()));
        RequestRejectedException refused = support().sendFails(RequestRejectedException.class, client, chat(c, "too late"));
        assertEquals(400, refused.status().orElse(-1));
        SupportCase reopened = reopen(client, CaseOpening.of(contact), thread);
        assertTrue(reopened.status().isActive(), reopened.toString());
        assertEquals(Optional.of(thread), reopened.threadId(), "the same thread");
        assertNotEquals(c.id(), reopened.id(), "reopening answers with the thread's new active case");
        assertEquals(Optional.of(contact), reopened.contactId());
        support().send(client, chat(reopened, "welcome back"));
        assertEquals(1, support().state().messages(reopened.id()).size());
        assertEquals(0, support().state().messages(c.id()).size(), "nothing went to the closed case");
        if (support().current().supports(Capability.WIRE)) {
            RecordedRequest reopen = support().wire().get(2);
            assertEquals("/api/v1/crm/messenger/chat/create", reopen.path());
            assertEquals(Optional.of("contactId=" + contact), reopen.rawQuery());
            Json.assertJsonEquals(Json.MAPPER.createObjectNode().put("threadId", thread.value()), Json.json(reopen));
        }
    }

    /** Tests that closing an unknown case is a NotFoundException naming the close, not a message, and certainly not done. */
    @Test
    default void r12_5_closingAnUnknownCaseIsNotFoundAndNamesTheClose() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> close(support().current().client(), CaseClosing.of(CaseId.of(987_654))));
        assertEquals(404, e.status().orElse(-1));
        assertFalse(e.mayHaveBeenSent());
        assertEquals(Operation.CLOSE_CASE, e.operation());
        assertEquals("POST /api/v1/crm/messenger/chat/close", e.endpoint());
        assertTrue(e.getMessage().contains("request to close a case"), e.getMessage());
        assertFalse(e.getMessage().contains("message"), e.getMessage());
    }

    /** Tests that reopening a thread the contact has no case in is a NotFoundException naming the reopen; nothing is opened. */
    @Test
    default void r12_6_reopeningAnUnknownThreadIsNotFoundAndNamesTheReopen() {
        ContactId contact = support().state().addContact().id();
        int before = support().state().cases().size();
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> reopen(support().current().client(), CaseOpening.of(contact), ThreadId.of(987_654)));
        assertEquals(Operation.REOPEN_CASE, e.operation());
        assertEquals("POST /api/v1/crm/messenger/chat/create", e.endpoint());
        assertTrue(e.getMessage().contains("request to reopen a case"), e.getMessage());
        assertEquals(before, support().state().cases().size());
    }

    /** Tests that reopening a thread whose case is still active is refused (400) and opens nothing. */
    @Test
    default void r12_7_reopeningAnActiveThreadIsRefused() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        int before = support().state().cases().size();
        RequestRejectedException e = assertThrows(RequestRejectedException.class, () -> reopen(support().current().client(),
                CaseOpening.of(c.contactId().orElseThrow()), c.threadId().orElseThrow()));
        assertEquals(400, e.status().orElse(-1));
        assertEquals(Operation.REOPEN_CASE, e.operation());
        assertEquals(before, support().state().cases().size());
    }

    /** Tests that neither a close nor a reopen is repeated after an unknown outcome (a 500), even with retries on. */
    @Test
    default void r12_8_closingAndReopeningAreNotRetriedAfterAnUnknownOutcome() {
        support().assume(Capability.RETRIES, "the in-memory client has no transport to retry");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.status(500, "ERROR_SERVER_ERROR"), ServerFault.status(500, "ERROR_SERVER_ERROR"));
        SendFailedException closing = assertThrows(SendFailedException.class, () -> close(client, CaseClosing.of(c.id())));
        assertTrue(closing.mayHaveBeenSent(), closing.toString());
        assertEquals(Operation.CLOSE_CASE, closing.operation());
        SendFailedException reopening = assertThrows(SendFailedException.class,
                () -> reopen(client, CaseOpening.of(c.contactId().orElseThrow()), c.threadId().orElseThrow()));
        assertEquals(Operation.REOPEN_CASE, reopening.operation());
        assertEquals(2, support().wire().size(), "one POST each, none repeated");
    }

    /** Tests that closing a case that is already closed is refused (400): a close is not repeated silently. */
    @Test
    default void r12_9_closingAClosedCaseIsRefused() {
        SupportCase c = support().state().closeCase(support().state().openCase(Channel.CHAT).id());
        RequestRejectedException e = assertThrows(RequestRejectedException.class,
                () -> close(support().current().client(), CaseClosing.of(c.id())));
        assertEquals(Operation.CLOSE_CASE, e.operation());
        assertFalse(e.mayHaveBeenSent());
    }
}
