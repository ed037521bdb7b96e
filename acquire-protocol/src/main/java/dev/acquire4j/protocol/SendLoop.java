package dev.acquire4j.protocol;

import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.SendFailedException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;

/**
 * Runs the attempts of one send under one deadline: each attempt waits at most the smaller of the
 * request timeout and what is left of the deadline, and a retry happens only when the
 * {@link RetryDecider} allows it and its wait ends before the deadline. Shared by every transport,
 * blocking or async, so that all retry the same way. Stateless and thread-safe.
 */
public final class SendLoop {
    /**
     * One attempt of an async transport.
     *
     * @param <T> the result of a successful attempt
     */
    @FunctionalInterface
    public interface AsyncAttempt<T> {
        /**
         * Starts one attempt.
         *
         * @param attempt the number of this attempt, from 1
         * @param timeout how long this attempt may wait for its answer
         * @return a stage completing with the stored message, or failing with a {@link SendFailedException}
         */
        CompletionStage<T> run(int attempt, Duration timeout);
    }

    /**
     * One attempt of a blocking transport.
     *
     * @param <T> the result of a successful attempt
     */
    @FunctionalInterface
    public interface BlockingAttempt<T> {
        /**
         * Makes one attempt on the calling thread.
         *
         * @param attempt the number of this attempt, from 1
         * @param timeout how long this attempt may wait for its answer
         * @return the stored message
         * @throws SendFailedException if the attempt failed
         */
        T run(int attempt, Duration timeout);
    }

    /** Runs a task after a delay without holding a thread while waiting (a timer, not a sleep). */
    @FunctionalInterface
    public interface Timer {
        /**
         * Schedules a task.
         *
         * @param delay how long to wait
         * @param task what to run then; it only starts the next attempt
         */
        void schedule(Duration delay, Runnable task);
    }

    private final RetryDecider decider;
    private final Duration requestTimeout;
    private final LongSupplier nanoClock;

    /**
     * Creates the loop.
     *
     * @param decider the retry rules
     * @param requestTimeout the longest one attempt may wait for its answer
     * @param nanoClock a monotonic clock in nanoseconds, normally {@code System::nanoTime}
     */
    public SendLoop(RetryDecider decider, Duration requestTimeout, LongSupplier nanoClock) {
        this.decider = decider;
        this.requestTimeout = requestTimeout;
        this.nanoClock = nanoClock;
    }

    /**
     * {@return a loop with the same timeout and clock for idempotent calls (lookups), which retries
     * outcome-unknown failures too, by {@link RetryDecider#idempotent()}}
     */
    public SendLoop forIdempotent() {
        return new SendLoop(decider.idempotent(), requestTimeout, nanoClock);
    }

    /**
     * Sends on the calling thread, sleeping between attempts.
     *
     * @param <T> the result of a successful attempt, a {@link SentMessage} for a send
     * @param deadline the longest the whole send may take
     * @param attempt makes one attempt
     * @return the stored message
     * @throws SendFailedException the last attempt's failure, as an {@link OutcomeUnknownException}
     *     if an earlier attempt may have stored the message; if the thread is interrupted while
     *     waiting to retry, a {@link NotSentException} (or, after an unknown outcome, an
     *     {@link OutcomeUnknownException}) and the interrupt flag is restored
     */
    public <T> T runBlocking(Duration deadline, BlockingAttempt<T> attempt) {
        long end = nanoClock.getAsLong() + deadline.toNanos();
        SendFailedException unknown = null;
        for (int n = 1; ; n++) {
            try {
                return attempt.run(n, attemptTimeout(end));
            } catch (SendFailedException failure) {
                unknown = firstUnknown(unknown, failure);
                Optional<Duration> wait = decider.next(failure, n, remaining(end));
                if (wait.isEmpty()) {
                    throw outcome(failure, unknown);
                }
                sleep(wait.get(), failure, unknown);
            }
        }
    }

    /**
     * Sends without blocking: attempts are started by the transport, waits run on the timer.
     *
     * @param <T> the result of a successful attempt, a {@link SentMessage} for a send
     * @param deadline the longest the whole send may take
     * @param attempt starts one attempt
     * @param timer schedules the next attempt
     * @return a stage completing with the stored message, or failing with the last attempt's
     *     {@link SendFailedException} itself (never wrapped), as an {@link OutcomeUnknownException}
     *     if an earlier attempt may have stored the message
     */
    public <T> CompletionStage<T> runAsync(Duration deadline, AsyncAttempt<T> attempt, Timer timer) {
        CompletableFuture<T> result = new CompletableFuture<>();
        long end = nanoClock.getAsLong() + deadline.toNanos();
        start(1, end, null, attempt, timer, result);
        return result;
    }

    private <T> void start(int n, long end, SendFailedException unknown, AsyncAttempt<T> attempt, Timer timer,
            CompletableFuture<T> result) {
        CompletionStage<T> stage;
        try {
            stage = attempt.run(n, attemptTimeout(end));
        } catch (RuntimeException e) {
            // Failing at once is still a failed attempt: the same rules decide what follows.
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((sent, error) -> {
            try {
                if (error == null) {
                    result.complete(sent);
                } else {
                    afterFailure(n, end, unknown, error, attempt, timer, result);
                }
            } catch (RuntimeException | Error bug) {
                // Whatever went wrong here, the caller's stage must not stay pending forever.
                result.completeExceptionally(bug);
            }
        });
    }

    private <T> void afterFailure(int n, long end, SendFailedException unknownBefore, Throwable error,
            AsyncAttempt<T> attempt, Timer timer, CompletableFuture<T> result) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (!(cause instanceof SendFailedException)) {
            result.completeExceptionally(cause);
            return;
        }
        SendFailedException failure = (SendFailedException) cause;
        SendFailedException unknown = firstUnknown(unknownBefore, failure);
        Optional<Duration> wait = decider.next(failure, n, remaining(end));
        if (wait.isEmpty()) {
            result.completeExceptionally(outcome(failure, unknown));
            return;
        }
        try {
            timer.schedule(wait.get(), () -> start(n + 1, end, unknown, attempt, timer, result));
        } catch (RuntimeException rejected) {
            // No timer, no retry (a closed event loop, say): what is known so far is the answer.
            failure.addSuppressed(rejected);
            result.completeExceptionally(outcome(failure, unknown));
        }
    }

    /**
     * {@return the first failure of this send whose outcome is unknown, or {@code null}; always
     * {@code null} for an idempotent call, which cannot have stored anything}
     */
    private SendFailedException firstUnknown(SendFailedException earlier, SendFailedException latest) {
        if (decider.forIdempotentCalls()) {
            return null;
        }
        return earlier != null ? earlier : latest.mayHaveBeenSent() ? latest : null;
    }

    /**
     * {@return the failure to report: the last one, unless it says "not sent" while an earlier
     * attempt (retried only because the caller opted in) may have stored the message}
     */
    static SendFailedException outcome(SendFailedException last, SendFailedException unknown) {
        if (unknown == null || last.mayHaveBeenSent()) {
            return last;
        }
        OutcomeUnknownException e = new OutcomeUnknownException("Attempt " + unknown.attempts()
                + " may have stored the message before a retry failed; check before sending again.",
                last.details(), last);
        e.addSuppressed(unknown);
        return e;
    }

    private Duration attemptTimeout(long end) {
        Duration left = remaining(end);
        // An attempt always gets at least a millisecond, so that a spent deadline fails as a timeout.
        Duration floor = Duration.ofMillis(1);
        Duration t = left.compareTo(requestTimeout) < 0 ? left : requestTimeout;
        return t.compareTo(floor) < 0 ? floor : t;
    }

    private Duration remaining(long end) {
        return Duration.ofNanos(Math.max(0, end - nanoClock.getAsLong()));
    }

    private static void sleep(Duration wait, SendFailedException last, SendFailedException unknown) {
        try {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            SendFailedException interrupted = unknown == null
                    ? new NotSentException("Interrupted while waiting to retry; the message was not sent.", last.details(), e)
                    : new OutcomeUnknownException("Interrupted while waiting to retry; attempt " + unknown.attempts()
                            + " may have stored the message.", last.details(), e);
            interrupted.addSuppressed(last);
            throw interrupted;
        }
    }
}
