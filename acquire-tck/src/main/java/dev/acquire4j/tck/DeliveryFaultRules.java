package dev.acquire4j.tck;

import static dev.acquire4j.tck.FaultSupport.TOLERANCE;
import static dev.acquire4j.tck.FaultSupport.assertEndedWithin;
import static dev.acquire4j.tck.FaultSupport.eventually;
import static dev.acquire4j.tck.FaultSupport.fastRetries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.testkit.ServerFault;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Rules r7, second half: the server or the network misbehaves after the request was written. Each
 * such send ends in an outcome-unknown error after exactly one attempt (the message is stored at
 * most once), within its deadline, unless the caller opted in to retrying unknown outcomes.
 */
public abstract class DeliveryFaultRules extends RetryFaultRules {
    /** A server-side wait far longer than any deadline below, so that only the client can end the send. */
    private static final Duration LONG = Duration.ofSeconds(10);
    private static final Duration SHORT_DEADLINE = Duration.ofMillis(300);

    /** Creates the rule group; subclasses provide {@link #fixture()}. */
    protected DeliveryFaultRules() {}

    /** Tests that an answer that comes late but within the deadline is a success, with 1 request and 1 stored. */
    @Test
    public void r7_10_lateAnswerWithinTheDeadlineSucceeds() {
        assume(Capability.FAULTS, "the in-memory client answers at once");
        SupportCase c = state().openCase(Channel.CHAT);
        AcquireClient client = current().client(s -> s.sendDeadline(Duration.ofSeconds(30)));
        current().script(ServerFault.delay(Duration.ofMillis(200)));
        send(client, chat(c, "worth the wait"));
        assertEquals(1, requestsSeen());
        assertEquals(1, state().messageCount());
    }

    /** Tests that an answer later than the send deadline ends in ResponseTimeoutException within it, stored once, not retried. */
    @Test
    public void r7_11_lateAnswerPastTheDeadlineIsResponseTimeout() {
        assume(Capability.FAULTS, "the in-memory client answers at once");
        SupportCase c = state().openCase(Channel.CHAT);
        AcquireClient client = current().client(s -> s.retryPolicy(fastRetries().build()).sendDeadline(SHORT_DEADLINE));
        current().script(ServerFault.delay(LONG));
        long start = System.nanoTime();
        ResponseTimeoutException e = sendFails(ResponseTimeoutException.class, client, chat(c, "too slow"));
        assertEndedWithin(start, SHORT_DEADLINE.plus(TOLERANCE), "a send with a 300 ms deadline against a 10 s answer");
        assertTrue(e.mayHaveBeenSent());
        assertEquals(1, e.attempts());
        eventually("the server stored the message it answers late", () -> state().messageCount() == 1);
        assertEquals(1, requestsSeen(), "an unknown outcome is never retried on its own");
    }

    /** Tests that an attempt waits at most the request timeout, even with time left in the deadline, and is not retried. */
    @Test
    public void r7_12_lateAnswerPastTheRequestTimeoutIsNotRetried() {
        assume(Capability.FAULTS, "the in-memory client answers at once");
        SupportCase c = state().openCase(Channel.SMS);
        AcquireClient client = current().client(s -> s.retryPolicy(fastRetries().maxAttempts(5).build())
                .requestTimeout(SHORT_DEADLINE).sendDeadline(Duration.ofSeconds(60)));
        current().script(ServerFault.delay(LONG));
        long start = System.nanoTime();
        ResponseTimeoutException e = sendFails(ResponseTimeoutException.class, client, sms(c, "timed out"));
        assertEndedWithin(start, SHORT_DEADLINE.plus(TOLERANCE), "an attempt with a 300 ms request timeout");
        assertEquals(1, e.attempts());
        eventually("the server stored the message", () -> state().messageCount() == 1);
        assertEquals(1, requestsSeen());
    }

    /** Tests that a connection dropped before the server read the request is an unknown outcome, nothing stored. */
    @Test
    public void r7_13_droppedConnectionIsOutcomeUnknown() {
        assume(Capability.FAULTS, "the in-memory client has no connection to drop");
        SupportCase c = state().openCase(Channel.CHAT);
        AcquireClient client = current().client(s -> s.retryPolicy(fastRetries().build()));
        current().script(ServerFault.dropBeforeRead());
        OutcomeUnknownException e = sendFails(OutcomeUnknownException.class, client, chat(c, "into the void"));
        assertTrue(e.mayHaveBeenSent(), "the request was written; the client cannot know it was not read");
        assertEquals(1, e.attempts());
        assertEquals(1, requestsSeen());
        assertEquals(0, state().messageCount());
    }

    /** Tests that a connection reset after the message was stored is an unknown outcome, stored once, not retried. */
    @Test
    public void r7_14_resetAfterStoringIsOutcomeUnknown() {
        assume(Capability.FAULTS, "the in-memory client has no connection to reset");
        SupportCase c = state().openCase(Channel.EMAIL);
        AcquireClient client = current().client(s -> s.retryPolicy(fastRetries().build()));
        current().script(ServerFault.resetAfterRead());
        OutcomeUnknownException e = sendFails(OutcomeUnknownException.class, client, mail(c, "<p>reset</p>"));
        assertEquals(1, e.attempts());
        assertEquals(1, requestsSeen());
        assertEquals(1, state().messageCount());
    }

    /** Tests that a 200 whose JSON is cut short is a MalformedResponseException after 1 attempt, stored once. */
    @Test
    public void r7_15_truncatedAnswerIsMalformed() {
        SupportCase c = state().openCase(Channel.CHAT);
        AcquireClient client = current().client(s -> s.retryPolicy(fastRetries().build()));
        current().script(ServerFault.truncatedJson());
        MalformedResponseException e = sendFails(MalformedResponseException.class, client, chat(c, "cut"));
        assertEquals(200, e.status().orElse(-1));
        assertEquals(1, e.attempts());
        assertEquals(1, state().messageCount());
    }

    /** Tests that a 200 in HTML instead of JSON is a MalformedResponseException after 1 attempt, stored once. */
    @Test
    public void r7_16_nonJsonAnswerIsMalformed() {
        SupportCase c = state().openCase(Channel.SMS);
        AcquireClient client = current().client(s -> s.retryPolicy(fastRetries().build()));
        current().script(ServerFault.nonJson());
        MalformedResponseException e = sendFails(MalformedResponseException.class, client, sms(c, "html"));
        assertEquals(200, e.status().orElse(-1));
        assertEquals(1, e.attempts());
        assertEquals(1, state().messageCount());
    }

    /** Tests that a body trickling in past the deadline ends in ResponseTimeoutException within the deadline. */
    @Test
    public void r7_17_slowBodyPastTheDeadlineIsResponseTimeout() {
        assume(Capability.FAULTS, "the in-memory client reads no body");
        SupportCase c = state().openCase(Channel.CHAT);
        Duration deadline = Duration.ofMillis(500);
        AcquireClient client = current().client(s -> s.retryPolicy(fastRetries().build()).sendDeadline(deadline));
        current().script(ServerFault.slowBody(LONG));
        long start = System.nanoTime();
        ResponseTimeoutException e = sendFails(ResponseTimeoutException.class, client, chat(c, "drip"));
        assertEndedWithin(start, deadline.plus(TOLERANCE), "a 500 ms send against a body taking 10 s");
        assertEquals(1, e.attempts());
        eventually("the server stored the message whose answer trickles", () -> state().messageCount() == 1);
        assertEquals(1, requestsSeen());
    }

    /** Tests that retryOutcomeUnknown(true) retries after a reset and may store twice: the duplicate the default avoids. */
    @Test
    public void r7_18_optInRetryAfterAResetMayStoreTwice() {
        assume(Capability.FAULTS, "the in-memory client has no connection to reset");
        assume(Capability.RETRIES, "the in-memory client does not retry");
        SupportCase c = state().openCase(Channel.CHAT);
        AcquireClient client = current().client(s -> s.retryPolicy(fastRetries().retryOutcomeUnknown(true).build()));
        current().script(ServerFault.resetAfterRead());
        send(client, chat(c, "twice"));
        assertEquals(2, requestsSeen(), "the reset attempt and the retry");
        assertEquals(2, state().messageCount(), "both attempts were stored: opting in accepts this");
    }

    /** Tests that even with retryOutcomeUnknown(true) an unreadable 200 is never retried: it was stored. */
    @Test
    public void r7_19_optInNeverRetriesAnUnreadableSuccess() {
        assume(Capability.RETRIES, "the in-memory client does not retry, so opting in changes nothing there");
        SupportCase c = state().openCase(Channel.CHAT);
        AcquireClient client = current().client(s -> s.retryPolicy(fastRetries().retryOutcomeUnknown(true).build()));
        current().script(ServerFault.truncatedJson());
        MalformedResponseException e = sendFails(MalformedResponseException.class, client, chat(c, "once only"));
        assertEquals(1, e.attempts());
        assertEquals(1, requestsSeen());
        assertEquals(1, state().messageCount());
    }
}
