package dev.acquire4j.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.ports.SendFailedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/** Tests that the decider retries exactly what RetryPolicy promises, with pinned jitter. */
class RetryDeciderTest {
    private static final Duration PLENTY = Duration.ofMinutes(10);
    /** The jitter pinned to its ceiling, so a wait equals the backoff ceiling. */
    private static final LongUnaryOperator CEILING = bound -> bound;

    private static RetryDecider decider(RetryPolicy policy) {
        return new RetryDecider(policy, CEILING);
    }

    private static RetryPolicy policy(int attempts, long baseMs, long maxMs) {
        return RetryPolicy.builder().maxAttempts(attempts).baseDelay(Duration.ofMillis(baseMs))
                .maxDelay(Duration.ofMillis(maxMs)).build();
    }

    @Test
    void retriesOnlyWhatWasCertainlyNotSentByDefault() {
        RetryDecider d = decider(RetryPolicy.defaults());
        assertTrue(d.next(Failed.refused(1), 1, PLENTY).isPresent(), "connect failure");
        assertTrue(d.next(Failed.rateLimited(1, null), 1, PLENTY).isPresent(), "429 without Retry-After");
        assertTrue(d.next(Failed.rateLimited(1, Duration.ZERO), 1, PLENTY).isPresent(), "429 with Retry-After");
        assertTrue(d.next(Failed.unavailable(1, Duration.ZERO), 1, PLENTY).isPresent(), "503 with Retry-After");
        for (SendFailedException f : List.of(Failed.serverError(1), Failed.timeout(1), Failed.malformed(1),
                Failed.unknown(1), Failed.rejected(1), Failed.unauthorized(1), Failed.notSent(1))) {
            assertEquals(Optional.empty(), d.next(f, 1, PLENTY), f.getClass().getSimpleName() + " is not retried");
        }
    }

    @Test
    void optInRetriesUnknownOutcomesButNeverAnUnreadableSuccess() {
        RetryDecider d = decider(RetryPolicy.builder().retryOutcomeUnknown(true).build());
        for (SendFailedException f : List.of(Failed.serverError(1), Failed.timeout(1), Failed.unknown(1))) {
            assertTrue(d.next(f, 1, PLENTY).isPresent(), f.getClass().getSimpleName() + " is retried when opted in");
        }
        assertEquals(Optional.empty(), d.next(Failed.malformed(1), 1, PLENTY), "a 200 was stored: never again");
        assertEquals(Optional.empty(), d.next(Failed.rejected(1), 1, PLENTY), "a 400 stays refused");
        assertEquals(Optional.empty(), d.next(Failed.notSent(1), 1, PLENTY), "a plain not-sent (closed client)");
    }

    @Test
    void stopsAtMaxAttempts() {
        RetryDecider d = decider(policy(3, 1, 10));
        assertTrue(d.next(Failed.refused(1), 1, PLENTY).isPresent());
        assertTrue(d.next(Failed.refused(2), 2, PLENTY).isPresent());
        assertEquals(Optional.empty(), d.next(Failed.refused(3), 3, PLENTY));
        assertEquals(Optional.empty(), decider(RetryPolicy.none()).next(Failed.refused(1), 1, PLENTY));
    }

    @Test
    void backoffCeilingDoublesUpToMaxDelay() {
        RetryDecider d = decider(policy(10, 100, 1000));
        List<Duration> waits = new ArrayList<>();
        for (int n = 1; n < 10; n++) {
            waits.add(d.next(Failed.refused(n), n, PLENTY).orElseThrow());
        }
        assertEquals(List.of(100L, 200L, 400L, 800L, 1000L, 1000L, 1000L, 1000L, 1000L),
                waits.stream().map(Duration::toMillis).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void backoffCeilingDoesNotOverflow() {
        RetryPolicy huge = RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofDays(365))
                .maxDelay(Duration.ofDays(365L * 1000)).build();
        RetryDecider d = decider(huge);
        long previous = 0;
        for (int n = 1; n < 10; n++) {
            long ceiling = d.backoffCeilingNanos(n);
            assertTrue(ceiling >= previous && ceiling > 0, "ceiling " + n + " is " + ceiling);
            previous = ceiling;
        }
        assertEquals(Optional.empty(), d.next(Failed.refused(9), 9, Duration.ofHours(1)), "a wait past the deadline");
    }

    @Test
    void defaultJitterStaysWithinTheCeilingEvenForTheLargestBound() {
        RetryDecider d = new RetryDecider(RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofDays(365L * 400))
                .maxDelay(Duration.ofDays(365L * 400)).build());
        assertEquals(Optional.empty(), d.next(Failed.refused(1), 1, Duration.ofHours(1)));
        RetryDecider small = new RetryDecider(policy(10, 100, 100));
        for (int i = 0; i < 200; i++) {
            Duration wait = small.next(Failed.refused(3), 3, PLENTY).orElseThrow();
            assertTrue(!wait.isNegative() && wait.compareTo(Duration.ofMillis(100)) <= 0, wait.toString());
        }
    }

    @Test
    void jitterIsDrawnBelowTheCeiling() {
        List<Long> bounds = new ArrayList<>();
        RetryDecider d = new RetryDecider(policy(5, 100, 1000), bound -> {
            bounds.add(bound);
            return bound / 4;
        });
        assertEquals(Duration.ofMillis(50), d.next(Failed.refused(2), 2, PLENTY).orElseThrow());
        assertEquals(List.of(Duration.ofMillis(200).toNanos()), bounds);
    }

    @Test
    void honoursRetryAfterInsteadOfBackoff() {
        RetryDecider d = decider(policy(3, 1, 5));
        assertEquals(Duration.ofSeconds(7), d.next(Failed.unavailable(1, Duration.ofSeconds(7)), 1, PLENTY).orElseThrow());
        assertEquals(Duration.ZERO, d.next(Failed.rateLimited(1, Duration.ZERO), 1, PLENTY).orElseThrow());
    }

    @Test
    void aRetryAfterOverTheCapEndsTheSend() {
        RetryDecider d = decider(RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(10)).build());
        assertEquals(Duration.ofSeconds(10), d.next(Failed.rateLimited(1, Duration.ofSeconds(10)), 1, PLENTY).orElseThrow());
        assertEquals(Optional.empty(), d.next(Failed.rateLimited(1, Duration.ofSeconds(11)), 1, PLENTY));
        assertEquals(Optional.empty(), d.next(Failed.unavailable(1, Duration.ofHours(1)), 1, PLENTY));
    }

    @Test
    void noWaitEndsAtOrPastTheDeadline() {
        RetryDecider d = decider(policy(5, 100, 100));
        assertEquals(Optional.empty(), d.next(Failed.refused(1), 1, Duration.ofMillis(100)), "ends exactly at it");
        assertTrue(d.next(Failed.refused(1), 1, Duration.ofMillis(101)).isPresent());
        assertEquals(Optional.empty(), d.next(Failed.unavailable(1, Duration.ofSeconds(2)), 1, Duration.ofSeconds(1)));
        assertEquals(Optional.empty(), d.next(Failed.rateLimited(1, Duration.ZERO), 1, Duration.ZERO), "nothing left");
    }
}
