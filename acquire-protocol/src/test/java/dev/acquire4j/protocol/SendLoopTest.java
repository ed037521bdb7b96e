package dev.acquire4j.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.ports.SendFailedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tests that the shared send loop counts attempts, bounds each one and every wait by the deadline, and fails cleanly. */
class SendLoopTest {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final SentMessage SENT = SentMessage.builder().id(MessageId.of(1)).channel(Channel.CHAT)
            .caseId(CaseId.of(2)).build();

    /** A monotonic clock the test moves by hand. */
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    /** A timer that records each delay and queues its task until the test runs it, moving the clock. */
    private final FakeTimer timer = new FakeTimer();
    private final List<Duration> timeouts = new ArrayList<>();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private SendLoop loop(RetryPolicy policy, long jitterNanos) {
        return new SendLoop(new RetryDecider(policy, bound -> Math.min(bound, jitterNanos)), REQUEST_TIMEOUT, now::get);
    }

    private static RetryPolicy policy(int attempts) {
        return RetryPolicy.builder().maxAttempts(attempts).baseDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofSeconds(1)).build();
    }

    private void elapse(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void blockingCountsAttemptsAndReturnsTheFirstSuccess() {
        List<Integer> numbers = new ArrayList<>();
        SentMessage sent = loop(policy(3), 0).runBlocking(Duration.ofSeconds(30), (n, timeout) -> {
            numbers.add(n);
            if (n < 3) {
                throw Failed.refused(n);
            }
            return SENT;
        });
        assertSame(SENT, sent);
        assertEquals(List.of(1, 2, 3), numbers);
    }

    @Test
    void blockingThrowsTheLastFailureWithItsAttemptCount() {
        SendFailedException e = assertThrows(SendFailedException.class,
                () -> loop(policy(3), 0).runBlocking(Duration.ofSeconds(30), (n, timeout) -> {
                    throw Failed.rateLimited(n, Duration.ZERO);
                }));
        assertEquals(3, e.attempts());
        assertEquals(429, e.status().orElse(-1));
    }

    @Test
    void blockingNeverRetriesAnUnknownOutcomeByDefault() {
        AtomicInteger calls = new AtomicInteger();
        SendFailedException e = assertThrows(SendFailedException.class,
                () -> loop(policy(5), 0).runBlocking(Duration.ofSeconds(30), (n, timeout) -> {
                    calls.incrementAndGet();
                    throw Failed.serverError(n);
                }));
        assertEquals(1, calls.get());
        assertTrue(e.mayHaveBeenSent());
    }

    @Test
    void eachAttemptWaitsAtMostTheRequestTimeoutOrWhatIsLeft() {
        assertThrows(SendFailedException.class,
                () -> loop(policy(4), 0).runBlocking(Duration.ofSeconds(25), (n, timeout) -> {
                    timeouts.add(timeout);
                    elapse(Duration.ofSeconds(9));
                    throw Failed.refused(n);
                }));
        // 25 s: 10 (the request timeout), then 16 s left -> 10, then 7 s left -> 7; then nothing is
        // left, and even a zero wait would end at the deadline: no fourth attempt.
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(7)), timeouts);
    }

    @Test
    void aSpentDeadlineStillGivesTheFirstAttemptAMillisecond() {
        assertSame(SENT, loop(policy(1), 0).runBlocking(Duration.ofNanos(1), (n, timeout) -> {
            elapse(Duration.ofSeconds(1));
            timeouts.add(timeout);
            return SENT;
        }));
        assertEquals(List.of(Duration.ofMillis(1)), timeouts);
    }

    @Test
    void noRetryWhoseWaitEndsPastTheDeadline() {
        AtomicInteger calls = new AtomicInteger();
        SendFailedException e = assertThrows(SendFailedException.class,
                () -> loop(policy(5), 0).runBlocking(Duration.ofSeconds(5), (n, timeout) -> {
                    calls.incrementAndGet();
                    elapse(Duration.ofSeconds(3));
                    throw Failed.unavailable(n, Duration.ofSeconds(2));
                }));
        assertEquals(1, calls.get(), "2 s of Retry-After with 2 s left: the wait would end at the deadline");
        assertEquals(1, e.attempts());
    }

    @Test
    void interruptWhileWaitingIsNotSentAndKeepsTheFlag() {
        NotSentException e = assertThrows(NotSentException.class,
                () -> loop(policy(3), 0).runBlocking(Duration.ofSeconds(30), (n, timeout) -> {
                    Thread.currentThread().interrupt();
                    throw Failed.refused(n);
                }));
        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag is restored");
        assertFalse(e.mayHaveBeenSent());
        assertEquals(1, e.attempts());
        assertTrue(e.getCause() instanceof InterruptedException, String.valueOf(e.getCause()));
        assertTrue(e.getSuppressed().length == 1 && e.getSuppressed()[0] instanceof ConnectionFailedException);
    }

    @Test
    void asyncWaitsOnTheTimerForTheDecidedDelays() {
        CompletionStage<SentMessage> stage = loop(policy(4), Long.MAX_VALUE).runAsync(Duration.ofSeconds(30),
                (n, timeout) -> n < 4 ? CompletableFuture.failedFuture(Failed.refused(n)) : CompletableFuture.completedFuture(SENT),
                timer);
        timer.runAll();
        assertSame(SENT, stage.toCompletableFuture().getNow(null));
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)), timer.delays);
    }

    @Test
    void asyncHonoursRetryAfter() {
        CompletionStage<SentMessage> stage = loop(policy(3), 0).runAsync(Duration.ofSeconds(30),
                (n, timeout) -> n == 1 ? CompletableFuture.failedFuture(Failed.unavailable(n, Duration.ofSeconds(3)))
                        : CompletableFuture.completedFuture(SENT), timer);
        timer.runAll();
        assertSame(SENT, stage.toCompletableFuture().getNow(null));
        assertEquals(List.of(Duration.ofSeconds(3)), timer.delays);
    }

    @Test
    void asyncAttemptTimeoutShrinksWithTheDeadline() {
        CompletionStage<SentMessage> stage = loop(policy(3), 0).runAsync(Duration.ofSeconds(12), (n, timeout) -> {
            timeouts.add(timeout);
            elapse(Duration.ofSeconds(8));
            return CompletableFuture.failedFuture(Failed.refused(n));
        }, timer);
        timer.runAll();
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(4)), timeouts);
        assertTrue(stage.toCompletableFuture().isCompletedExceptionally());
    }

    @Test
    void asyncFailuresComeOutUnwrapped() {
        SendFailedException failure = Failed.serverError(1);
        Throwable error = loop(policy(3), 0).runAsync(Duration.ofSeconds(30),
                (n, timeout) -> CompletableFuture.failedFuture(new CompletionException(failure)), timer)
                .handle((sent, e) -> e).toCompletableFuture().join();
        assertSame(failure, error);
        IllegalStateException bug = new IllegalStateException("transport bug");
        Throwable other = loop(policy(3), 0).runAsync(Duration.ofSeconds(30),
                (n, timeout) -> CompletableFuture.failedFuture(new CompletionException(bug)), timer)
                .handle((sent, e) -> e).toCompletableFuture().join();
        assertSame(bug, other);
    }

    @Test
    void asyncAttemptThatThrowsFailsTheStage() {
        SendFailedException failure = Failed.rejected(1);
        Throwable error = loop(policy(3), 0).runAsync(Duration.ofSeconds(30), (n, timeout) -> {
            throw failure;
        }, timer).handle((sent, e) -> e).toCompletableFuture().join();
        assertSame(failure, error);
        assertTrue(timer.delays.isEmpty());
    }

    @Test
    void asyncGivesUpWithTheLastFailureWhenAttemptsRunOut() {
        CompletionStage<SentMessage> stage = loop(policy(3), 0).runAsync(Duration.ofSeconds(30),
                (n, timeout) -> CompletableFuture.failedFuture(Failed.rateLimited(n, Duration.ZERO)), timer);
        timer.runAll();
        Throwable error = stage.handle((sent, e) -> e).toCompletableFuture().join();
        assertEquals(3, ((SendFailedException) error).attempts());
        assertEquals(2, timer.delays.size());
    }

    @Test
    void optedInRetryAfterAnUnknownOutcomeIsNeverReportedAsNotSent() {
        RetryPolicy optIn = RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ZERO).maxDelay(Duration.ZERO)
                .retryOutcomeUnknown(true).build();
        SendFailedException e = assertThrows(SendFailedException.class,
                () -> loop(optIn, 0).runBlocking(Duration.ofSeconds(30),
                        (n, timeout) -> {
                            throw n == 1 ? Failed.serverError(n) : Failed.refused(n);
                        }));
        assertTrue(e.mayHaveBeenSent(), "the 500 of attempt 1 may have stored it: " + e);
        assertEquals(2, e.attempts());
        assertTrue(e.getCause() instanceof ConnectionFailedException, "the last failure is the cause");
        assertEquals(500, ((SendFailedException) e.getSuppressed()[0]).status().orElse(-1));

    }

    @Test
    void optedInAsyncRetryAfterAnUnknownOutcomeIsNeverReportedAsNotSent() {
        RetryPolicy optIn = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ZERO).maxDelay(Duration.ZERO)
                .retryOutcomeUnknown(true).build();
        CompletionStage<SentMessage> stage = loop(optIn, 0).runAsync(Duration.ofSeconds(30), (n, timeout) ->
                CompletableFuture.failedFuture(n == 1 ? Failed.timeout(n) : Failed.refused(n)), timer);
        timer.runAll();
        SendFailedException e = (SendFailedException) stage.handle((sent, error) -> error).toCompletableFuture().join();
        assertTrue(e.mayHaveBeenSent(), e.toString());
        assertEquals(3, e.attempts());
    }

    @Test
    void interruptAfterAnUnknownOutcomeIsStillUnknown() {
        RetryPolicy optIn = RetryPolicy.builder().maxAttempts(3).retryOutcomeUnknown(true).build();
        SendFailedException e = assertThrows(SendFailedException.class,
                () -> loop(optIn, 0).runBlocking(Duration.ofSeconds(30), (n, timeout) -> {
                    Thread.currentThread().interrupt();
                    throw Failed.unknown(n);
                }));
        assertTrue(Thread.currentThread().isInterrupted());
        assertTrue(e.mayHaveBeenSent(), e.toString());
        assertTrue(e.getCause() instanceof InterruptedException);
    }

    @Test
    void aTimerThatRefusesEndsTheSendWithTheLastFailure() {
        SendFailedException failure = Failed.refused(1);
        SendLoop.Timer refusing = (delay, task) -> {
            throw new java.util.concurrent.RejectedExecutionException("closed");
        };
        Throwable error = loop(policy(3), 0).runAsync(Duration.ofSeconds(30),
                (n, timeout) -> CompletableFuture.failedFuture(failure), refusing)
                .handle((sent, e) -> e).toCompletableFuture().getNow(null);
        assertSame(failure, error);
        assertEquals(1, failure.getSuppressed().length);
    }

    /** Records delays; runs queued tasks in order, moving the clock by each delay first. */
    private final class FakeTimer implements SendLoop.Timer {
        final List<Duration> delays = new ArrayList<>();
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void schedule(Duration delay, Runnable task) {
            delays.add(delay);
            queue.add(() -> {
                elapse(delay);
                task.run();
            });
        }

        void runAll() {
            for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
                next.run();
            }
        }
    }
}
