package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.FaultSupport.fastRetries;
import static dev.acquire4j.tck.RuleConstants.CHAT_ENDPOINT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.OperationListener;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.testkit.faults.ServerFault;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules r10: a {@link OperationListener} set in the settings hears every send in order, with the right
 * attempt numbers, statuses and outcomes, and one that throws never changes a send. Each event is
 * heard before the send returns or its stage completes, so the rules need not wait for it.
 */
public interface ObservationRules extends RuleGroup {

    /** Tests that a send stored at once is heard as: attempt 1 started, ended SENT, send finished SENT after 1 attempt. */
    @Test
    default void r10_1_listenerHearsASuccessfulSend() {
        support().assume(Capability.LISTENER, "the in-memory client has no send loop to report");
        SupportCase c = support().state().openCase(Channel.CHAT);
        RecordingListener events = new RecordingListener();
        AcquireClient client = support().current().client(s -> s.listener(events));
        SentMessage sent = support().send(client, chat(c, "heard"));
        assertEquals(List.of(
                "started send_chat " + CHAT_ENDPOINT + " case=" + c.id() + " attempt=1 status=-1",
                "ended attempt=1 SUCCEEDED status=-1",
                "finished send_chat " + CHAT_ENDPOINT + " case=" + c.id() + " SUCCEEDED attempts=1 status=-1 messageId=" + sent.id()),
                events.list());
    }

    /** Tests that a 503 with Retry-After: 0 then a success is heard as two attempts with a retry of delay 0 between. */
    @Test
    default void r10_2_listenerHearsARetryAfterMaintenance() {
        support().assume(Capability.LISTENER, "the in-memory client has no send loop to report");
        SupportCase c = support().state().openCase(Channel.CHAT);
        RecordingListener events = new RecordingListener();
        AcquireClient client = support().current().client(s -> s.listener(events).retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.status(503).withRetryAfter(Duration.ZERO));
        SentMessage sent = support().send(client, chat(c, "heard twice"));
        assertEquals(List.of(
                "started send_chat " + CHAT_ENDPOINT + " case=" + c.id() + " attempt=1 status=-1",
                "ended attempt=1 NOT_SENT status=503",
                "retry attempt=1 status=503 delay=PT0S ServiceUnavailableException",
                "started send_chat " + CHAT_ENDPOINT + " case=" + c.id() + " attempt=2 status=-1",
                "ended attempt=2 SUCCEEDED status=-1",
                "finished send_chat " + CHAT_ENDPOINT + " case=" + c.id() + " SUCCEEDED attempts=2 status=-1 messageId=" + sent.id()),
                events.list());
    }

    /** Tests that a 500 is heard as one attempt ended OUTCOME_UNKNOWN with status 500, and no retry. */
    @Test
    default void r10_3_listenerHearsAServerError() {
        support().assume(Capability.LISTENER, "the in-memory client has no send loop to report");
        SupportCase c = support().state().openCase(Channel.CHAT);
        RecordingListener events = new RecordingListener();
        AcquireClient client = support().current().client(s -> s.listener(events).retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.status(500));
        support().sendFails(ServerErrorException.class, client, chat(c, "maybe heard"));
        assertEquals(List.of(
                "started send_chat " + CHAT_ENDPOINT + " case=" + c.id() + " attempt=1 status=-1",
                "ended attempt=1 OUTCOME_UNKNOWN status=500",
                "finished send_chat " + CHAT_ENDPOINT + " case=" + c.id() + " OUTCOME_UNKNOWN attempts=1 status=500 messageId=none"),
                events.list());
    }

    /** Tests that a listener throwing on every event changes nothing: the send is stored once, a failure stays the same. */
    @Test
    default void r10_4_throwingListenerNeverBreaksASend() {
        support().assume(Capability.LISTENER, "the in-memory client has no send loop to report");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.listener(new ThrowingListener()).retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.status(503).withRetryAfter(Duration.ZERO));
        assertEquals("despite the listener", support().send(client, chat(c, "despite the listener")).text().orElse(null));
        support().current().script(ServerFault.status(500));
        assertEquals(500, support().sendFails(ServerErrorException.class, client, chat(c, "still a 500")).status().orElse(-1));
        assertEquals(1, support().state().messageCount(), "stored once");
    }

    /**
     * Tests that the listener hears every operation, not only sends: a case lookup is heard as
     * started (on the caller's thread, before the call returns), one attempt, and finished, tagged
     * GET_CASE with the case's id.
     */
    @Test
    default void r10_5_listenerHearsALookupTaggedByItsOperation() {
        support().assume(Capability.LISTENER, "the in-memory client has no send loop to report");
        SupportCase c = support().state().openCase(Channel.CHAT);
        RecordingListener events = new RecordingListener();
        AcquireClient client = support().current().client(s -> s.listener(events));
        String caller = Thread.currentThread().getName();
        if (support().current().style() == SendStyle.BLOCKING) {
            client.cases().get(c.id());
        } else {
            client.async().cases().get(c.id()).toCompletableFuture().join();
        }
        String lookup = "GET /api/v1/crm/objects/case/{id}";
        assertEquals(List.of("get_case " + lookup + " case=" + c.id() + " thread=" + caller), events.operations());
        assertEquals(List.of(
                "started get_case " + lookup + " case=" + c.id() + " attempt=1 status=-1",
                "ended attempt=1 SUCCEEDED status=-1",
                "finished get_case " + lookup + " case=" + c.id() + " SUCCEEDED attempts=1 status=-1 messageId=" + c.id()),
                events.list());
    }

    /**
     * Tests that a listener throwing an {@code Error} (an {@code AssertionError}, as a test's listener
     * would) from every event never breaks a send that succeeded: the send returns its message, stored once.
     */
    @Test
    default void r10_6_listenerThrowingAnErrorNeverBreaksASend() {
        support().assume(Capability.LISTENER, "the in-memory client has no send loop to report");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.listener(new ThrowingListener(AssertionError::new)));
        assertEquals("despite the error", support().send(client, chat(c, "despite the error")).text().orElse(null));
        assertEquals(1, support().state().messageCount(), "stored once");
    }
}
