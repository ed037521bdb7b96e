package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.testkit.faults.ServerFault;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What the fault rules share: fast retry policies, and time checks that bound from above only. No
 * rule sleeps to synchronise; waiting for another thread is a bounded poll.
 */
final class FaultSupport {
    /**
     * Added to a deadline before a rule calls it missed: generous, so that a loaded CI machine does
     * not fail a rule, and still far below the faults' own waits (10 s and more).
     */
    static final Duration TOLERANCE = Duration.ofSeconds(3);
    /** The longest a rule waits for the server to catch up with what the client already saw. */
    private static final Duration CATCH_UP = Duration.ofSeconds(10);

    private FaultSupport() {}

    /** {@return a retry policy with millisecond backoffs, so retry rules stay fast} */
    static RetryPolicy.Builder fastRetries() {
        return RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5));
    }

    /**
     * Asserts that what started at {@code startNanos} ended within the limit.
     *
     * @param startNanos {@link System#nanoTime()} at the start
     * @param limit the upper bound
     * @param what what ended, for the message
     */
    static void assertEndedWithin(long startNanos, Duration limit, String what) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        assertTrue(took.compareTo(limit) < 0, what + " took " + took.toMillis() + " ms, more than " + limit.toMillis() + " ms");
    }

    /**
     * Waits until the condition holds, polling; fails after {@link #CATCH_UP}. For facts the server
     * settles on its own threads, such as a message stored just before the client timed out.
     *
     * @param what the condition, for the message
     * @param condition the condition
     */
    static void eventually(String what, BooleanSupplier condition) {
        BoundedWaits.until(what, CATCH_UP, condition);
    }

    /**
     * Sends a mail whose connection the server resets after storing it, and asserts an unknown
     * outcome after one attempt, stored once: the body of r7_14, over plain HTTP or TLS.
     *
     * @param support the running rule's helpers
     */
    static void assertResetAfterStoringIsOutcomeUnknown(ContractSupport support) {
        SupportCase c = support.state().openCase(Channel.EMAIL);
        AcquireClient client = support.current().client(s -> s.retryPolicy(fastRetries().build()));
        support.current().script(ServerFault.resetAfterRead());
        OutcomeUnknownException e = support.sendFails(OutcomeUnknownException.class, client, mail(c, "<p>reset</p>"));
        assertEquals(1, e.attempts());
        assertEquals(1, support.requestsSeen());
        assertEquals(1, support.state().messageCount());
    }
}
