package dev.acquire4j.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.ports.SendFailedException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Tests that idempotent calls (lookups) retry unknown outcomes, within the same policy, and report them as they are. */
class IdempotentRetryTest {
    private static final Duration PLENTY = Duration.ofMinutes(10);

    @Test
    void anIdempotentDeciderRetriesUnknownOutcomesButNotUnreadableAnswersOrRefusals() {
        RetryDecider d = new RetryDecider(RetryPolicy.defaults(), bound -> 0).idempotent();
        assertTrue(d.forIdempotentCalls());
        for (SendFailedException f : List.of(Failed.serverError(1), Failed.timeout(1), Failed.unknown(1), Failed.refused(1))) {
            assertTrue(d.next(f, 1, PLENTY).isPresent(), f.getClass().getSimpleName() + " is retried for a lookup");
        }
        assertEquals(Optional.empty(), d.next(Failed.malformed(1), 1, PLENTY));
        assertEquals(Optional.empty(), d.next(Failed.rejected(1), 1, PLENTY));
        assertEquals(Optional.empty(), d.next(Failed.serverError(3), 3, PLENTY), "the attempt limit still holds");
        assertEquals(Optional.empty(), new RetryDecider(RetryPolicy.none()).idempotent().next(Failed.timeout(1), 1, PLENTY));
        assertFalse(new RetryDecider(RetryPolicy.defaults()).forIdempotentCalls());
    }

    @Test
    void aLookupThatEndsNotSentAfterAnUnknownAttemptIsNotReportedAsMaybeSent() {
        SendLoop loop = new SendLoop(new RetryDecider(RetryPolicy.defaults(), bound -> 0), Duration.ofSeconds(1),
                System::nanoTime).forIdempotent();
        AtomicInteger calls = new AtomicInteger();
        SendFailedException last = Failed.rejected(2);
        SendFailedException thrown = assertThrows(SendFailedException.class, () -> loop.runBlocking(PLENTY, (n, t) -> {
            calls.incrementAndGet();
            throw n == 1 ? Failed.timeout(1) : last;
        }));
        assertEquals(2, calls.get());
        assertSame(last, thrown, "a lookup stores nothing, so the last failure is the answer");
    }

    @Test
    void theIdempotentLoopReturnsAnyResultType() {
        SendLoop loop = new SendLoop(new RetryDecider(RetryPolicy.defaults(), bound -> 0), Duration.ofSeconds(1),
                System::nanoTime).forIdempotent();
        assertEquals("found", loop.runBlocking(PLENTY, (n, t) -> {
            if (n == 1) {
                throw Failed.serverError(1);
            }
            return "found";
        }));
    }
}
