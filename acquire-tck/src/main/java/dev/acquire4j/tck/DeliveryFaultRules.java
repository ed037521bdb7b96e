package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.sms;
import static dev.acquire4j.tck.FaultSupport.TOLERANCE;
import static dev.acquire4j.tck.FaultSupport.assertEndedWithin;
import static dev.acquire4j.tck.FaultSupport.eventually;
import static dev.acquire4j.tck.FaultSupport.fastRetries;
import static dev.acquire4j.tck.RuleConstants.LONG;
import static dev.acquire4j.tck.RuleConstants.SHORT_DEADLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.testkit.faults.ServerFault;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Rules r7, second half: the server or the network misbehaves after the request was written. Each
 * such send ends in an outcome-unknown error after exactly one attempt (the message is stored at
 * most once), within its deadline, unless the caller opted in to retrying unknown outcomes.
 */
public interface DeliveryFaultRules extends RuleGroup {
    /** Tests that an answer that comes late but within the deadline is a success, with 1 request and 1 stored. */
    @Test
    default void r7_10_lateAnswerWithinTheDeadlineSucceeds() {
        support().assume(Capability.FAULTS, "the in-memory client answers at once");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.sendDeadline(Duration.ofSeconds(30)));
        support().current().script(ServerFault.delay(Duration.ofMillis(200)));
        support().send(client, chat(c, "worth the wait"));
        assertEquals(1, support().requestsSeen());
        assertEquals(1, support().state().messageCount());
    }

    /** Tests that an answer later than the send deadline ends in ResponseTimeoutException within it, stored once, not retried. */
    @Test
    default void r7_11_lateAnswerPastTheDeadlineIsResponseTimeout() {
        support().assume(Capability.FAULTS, "the in-memory client answers at once");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()).sendDeadline(SHORT_DEADLINE));
        support().current().script(ServerFault.delay(LONG));
        long start = System.nanoTime();
        ResponseTimeoutException e = support().sendFails(ResponseTimeoutException.class, client, chat(c, "too slow"));
        assertEndedWithin(start, SHORT_DEADLINE.plus(TOLERANCE), "a send with a 300 ms deadline against a 10 s answer");
        assertTrue(e.mayHaveBeenSent());
        assertEquals(1, e.attempts());
        eventually("the server stored the message it answers late", () -> support().state().messageCount() == 1);
        assertEquals(1, support().requestsSeen(), "an unknown outcome is never retried on its own");
    }

    /** Tests that an attempt waits at most the request timeout, even with time left in the deadline, and is not retried. */
    @Test
    default void r7_12_lateAnswerPastTheRequestTimeoutIsNotRetried() {
        support().assume(Capability.FAULTS, "the in-memory client answers at once");
        SupportCase c = support().state().openCase(Channel.SMS);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().maxAttempts(5).build())
                .requestTimeout(SHORT_DEADLINE).sendDeadline(Duration.ofSeconds(60)));
        support().current().script(ServerFault.delay(LONG));
        long start = System.nanoTime();
        ResponseTimeoutException e = support().sendFails(ResponseTimeoutException.class, client, sms(c, "timed out"));
        assertEndedWithin(start, SHORT_DEADLINE.plus(TOLERANCE), "an attempt with a 300 ms request timeout");
        assertEquals(1, e.attempts());
        eventually("the server stored the message", () -> support().state().messageCount() == 1);
        assertEquals(1, support().requestsSeen());
    }

    /** Tests that a connection dropped before the server read the request is an unknown outcome, nothing stored. */
    @Test
    default void r7_13_droppedConnectionIsOutcomeUnknown() {
        support().assume(Capability.FAULTS, "the in-memory client has no connection to drop");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.dropBeforeRead());
        OutcomeUnknownException e = support().sendFails(OutcomeUnknownException.class, client, chat(c, "into the void"));
        assertTrue(e.mayHaveBeenSent(), "the request was written; the client cannot know it was not read");
        assertEquals(1, e.attempts());
        assertEquals(1, support().requestsSeen());
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that a connection reset after the message was stored is an unknown outcome, stored once, not retried. */
    @Test
    default void r7_14_resetAfterStoringIsOutcomeUnknown() {
        support().assume(Capability.FAULTS, "the in-memory client has no connection to reset");
        FaultSupport.assertResetAfterStoringIsOutcomeUnknown(support());
    }

    /** Tests that a 200 whose JSON is cut short is a MalformedResponseException after 1 attempt, stored once. */
    @Test
    default void r7_15_truncatedAnswerIsMalformed() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.truncatedJson());
        MalformedResponseException e = support().sendFails(MalformedResponseException.class, client, chat(c, "cut"));
        assertEquals(200, e.status().orElse(-1));
        assertEquals(1, e.attempts());
        assertEquals(1, support().state().messageCount());
    }

    /** Tests that a 200 in HTML instead of JSON is a MalformedResponseException after 1 attempt, stored once. */
    @Test
    default void r7_16_nonJsonAnswerIsMalformed() {
        SupportCase c = support().state().openCase(Channel.SMS);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.nonJson());
        MalformedResponseException e = support().sendFails(MalformedResponseException.class, client, sms(c, "html"));
        assertEquals(200, e.status().orElse(-1));
        assertEquals(1, e.attempts());
        assertEquals(1, support().state().messageCount());
    }

    /** Tests that a body trickling in past the deadline ends in ResponseTimeoutException within the deadline. */
    @Test
    default void r7_17_slowBodyPastTheDeadlineIsResponseTimeout() {
        support().assume(Capability.FAULTS, "the in-memory client reads no body");
        SupportCase c = support().state().openCase(Channel.CHAT);
        Duration deadline = Duration.ofMillis(500);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()).sendDeadline(deadline));
        support().current().script(ServerFault.slowBody(LONG));
        long start = System.nanoTime();
        ResponseTimeoutException e = support().sendFails(ResponseTimeoutException.class, client, chat(c, "drip"));
        assertEndedWithin(start, deadline.plus(TOLERANCE), "a 500 ms send against a body taking 10 s");
        assertEquals(1, e.attempts());
        eventually("the server stored the message whose answer trickles", () -> support().state().messageCount() == 1);
        assertEquals(1, support().requestsSeen());
    }

    /** Tests that retryOutcomeUnknown(true) retries after a reset and may store twice: the duplicate the default avoids. */
    @Test
    default void r7_18_optInRetryAfterAResetMayStoreTwice() {
        support().assume(Capability.FAULTS, "the in-memory client has no connection to reset");
        support().assume(Capability.RETRIES, "the in-memory client does not retry");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().retryOutcomeUnknown(true).build()));
        support().current().script(ServerFault.resetAfterRead());
        support().send(client, chat(c, "twice"));
        assertEquals(2, support().requestsSeen(), "the reset attempt and the retry");
        assertEquals(2, support().state().messageCount(), "both attempts were stored: opting in accepts this");
    }

    /** Tests that even with retryOutcomeUnknown(true) an unreadable 200 is never retried: it was stored. */
    @Test
    default void r7_19_optInNeverRetriesAnUnreadableSuccess() {
        support().assume(Capability.RETRIES, "the in-memory client does not retry, so opting in changes nothing there");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().retryOutcomeUnknown(true).build()));
        support().current().script(ServerFault.truncatedJson());
        MalformedResponseException e = support().sendFails(MalformedResponseException.class, client, chat(c, "once only"));
        assertEquals(1, e.attempts());
        assertEquals(1, support().requestsSeen());
        assertEquals(1, support().state().messageCount());
    }
}
