package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.mail;
import static dev.acquire4j.tck.ContractMessages.sms;
import static dev.acquire4j.tck.FaultSupport.TOLERANCE;
import static dev.acquire4j.tck.FaultSupport.assertEndedWithin;
import static dev.acquire4j.tck.FaultSupport.fastRetries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.RateLimitedException;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.ports.ServiceUnavailableException;
import dev.acquire4j.testkit.faults.ServerFault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules r7, first half: error statuses and the retry policy. Only what was certainly not processed
 * (429, 503 with {@code Retry-After}, a refused connection) is retried, within the policy's attempts,
 * its {@code Retry-After} cap and the send's deadline; an unknown outcome only when the caller opted in.
 */
public interface RetryFaultRules extends RuleGroup {

    /** Tests that a 503 with Retry-After: 0 is retried and the send succeeds after 2 attempts, stored once. */
    @Test
    default void r7_1_maintenanceWithRetryAfterIsRetriedAndStoredOnce() {
        support().assume(Capability.RETRIES, "the in-memory client does not retry: a 503 with Retry-After is final there");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.status(503).withRetryAfter(Duration.ZERO));
        SentMessage sent = support().send(client, chat(c, "after maintenance"));
        assertEquals("after maintenance", sent.text().orElse(null));
        assertEquals(2, support().requestsSeen(), "the 503 and the retry");
        assertEquals(1, support().state().messageCount(), "stored once");
    }

    /** Tests that a 429 with Retry-After as an HTTP date (already past) is retried at once and stored once. */
    @Test
    default void r7_2_rateLimitWithRetryAfterDateIsRetriedAndStoredOnce() {
        support().assume(Capability.RETRIES, "the in-memory client does not retry: a 429 is final there");
        SupportCase c = support().state().openCase(Channel.EMAIL);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.status(429).withRetryAfterDate(Instant.now().minusSeconds(60)));
        support().send(client, mail(c, "<p>after the rate limit</p>"));
        assertEquals(2, support().requestsSeen());
        assertEquals(1, support().state().messageCount());
    }

    /** Tests that a 429 on every attempt ends in RateLimitedException after maxAttempts attempts, nothing stored. */
    @Test
    default void r7_3_rateLimitedEveryTimeIsNotSentAfterMaxAttempts() {
        support().assume(Capability.RETRIES, "the in-memory client does not retry, so it makes one attempt");
        SupportCase c = support().state().openCase(Channel.SMS);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().maxAttempts(4).build()));
        support().current().script(ServerFault.status(429), ServerFault.status(429), ServerFault.status(429),
                ServerFault.status(429), ServerFault.none());
        RateLimitedException e = support().sendFails(RateLimitedException.class, client, sms(c, "too fast"));
        assertFalse(e.mayHaveBeenSent());
        assertEquals(4, e.attempts());
        assertEquals(429, e.status().orElse(-1));
        assertEquals(4, support().requestsSeen());
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that a 503 without Retry-After is a ServerErrorException (outcome unknown) after exactly 1 attempt. */
    @Test
    default void r7_4_unavailableWithoutRetryAfterIsOutcomeUnknownAndNotRetried() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().maxAttempts(5).build()));
        support().current().script(ServerFault.status(503));
        ServerErrorException e = support().sendFails(ServerErrorException.class, client, chat(c, "maybe"));
        assertTrue(e.mayHaveBeenSent(), "without Retry-After a 503 does not say the message was not processed");
        assertEquals(1, e.attempts());
        assertEquals(503, e.status().orElse(-1));
        if (support().current().supports(Capability.WIRE)) {
            assertEquals(1, support().requestsSeen());
        }
    }

    /** Tests that 500, 502 and 504 each end in ServerErrorException after 1 attempt, even with attempts to spare. */
    @Test
    default void r7_5_serverErrorsAreNeverRetriedByDefault() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().maxAttempts(5).build()));
        for (int status : List.of(500, 502, 504)) {
            support().current().script(ServerFault.status(status));
            ServerErrorException e = support().sendFails(ServerErrorException.class, client, chat(c, "status " + status));
            assertEquals(1, e.attempts(), "HTTP " + status);
            assertEquals(status, e.status().orElse(-1));
        }
        if (support().current().supports(Capability.WIRE)) {
            assertEquals(3, support().requestsSeen(), "one request per send");
        }
    }

    /** Tests that a Retry-After (seconds or HTTP date) over RetryPolicy.maxRetryAfter ends the send at once, 1 attempt. */
    @Test
    default void r7_6_retryAfterOverThePolicyCapEndsTheSendAtOnce() {
        support().assume(Capability.RETRIES, "the in-memory client does not retry or read Retry-After");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().maxRetryAfter(Duration.ofSeconds(1)).build()));
        support().current().script(ServerFault.status(429).withRetryAfter(Duration.ofSeconds(20)),
                ServerFault.status(503).withRetryAfterDate(Instant.now().plus(Duration.ofHours(1))));
        long start = System.nanoTime();
        RateLimitedException limited = support().sendFails(RateLimitedException.class, client, chat(c, "in 20 s"));
        ServiceUnavailableException unavailable = support().sendFails(ServiceUnavailableException.class, client, chat(c, "in 1 h"));
        assertEndedWithin(start, Duration.ofSeconds(1).plus(TOLERANCE), "two sends told to come back too late");
        assertEquals(1, limited.attempts());
        assertEquals(Duration.ofSeconds(20), limited.details().retryAfter().orElseThrow());
        assertEquals(1, unavailable.attempts());
        assertTrue(unavailable.details().retryAfter().orElseThrow().compareTo(Duration.ofMinutes(59)) > 0,
                "the HTTP date is read as about an hour");
        assertEquals(2, support().requestsSeen());
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that a Retry-After ending after the send's deadline is not waited for: the send fails at once. */
    @Test
    default void r7_7_retryAfterPastTheDeadlineEndsTheSendAtOnce() {
        support().assume(Capability.RETRIES, "the in-memory client has no deadline to keep");
        SupportCase c = support().state().openCase(Channel.CHAT);
        Duration deadline = Duration.ofSeconds(1);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()).sendDeadline(deadline));
        support().current().script(ServerFault.status(503).withRetryAfter(Duration.ofSeconds(10)));
        long start = System.nanoTime();
        ServiceUnavailableException e = support().sendFails(ServiceUnavailableException.class, client, chat(c, "later"));
        assertEndedWithin(start, deadline.plus(TOLERANCE), "a send whose Retry-After (10 s) ends past its deadline");
        assertFalse(e.mayHaveBeenSent());
        assertEquals(1, e.attempts());
        assertEquals(1, support().requestsSeen());
    }

    /** Tests that a refused connection is retried up to maxAttempts and ends in ConnectionFailedException. */
    @Test
    default void r7_8_refusedConnectionsAreRetriedUpToMaxAttempts() {
        support().assume(Capability.RETRIES, "the in-memory client does not retry, so it makes one attempt");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().maxAttempts(3).build()));
        support().current().refuseConnections();
        ConnectionFailedException e = support().sendFails(ConnectionFailedException.class, client, chat(c, "nobody home"));
        assertFalse(e.mayHaveBeenSent());
        assertEquals(3, e.attempts());
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that with retryOutcomeUnknown(true) a 500 is retried, and the send succeeds on attempt 2. */
    @Test
    default void r7_9_optInRetriesAServerError() {
        support().assume(Capability.RETRIES, "the in-memory client does not retry");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().retryOutcomeUnknown(true).build()));
        support().current().script(ServerFault.status(500, "ERROR_SERVER_ERROR"));
        support().send(client, chat(c, "second time lucky"));
        assertEquals(2, support().requestsSeen(), "the 500 and the opted-in retry");
        assertEquals(1, support().state().messageCount(), "this fake's 500 stores nothing; a real one might have");
    }
}
