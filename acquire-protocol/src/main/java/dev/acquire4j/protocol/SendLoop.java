package dev.acquire4j.protocol;

import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.NotSentException;
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
    /** One attempt of an async transport. */
    @FunctionalInterface
    public interface AsyncAttempt {
        /**
         * Starts one attempt.
         *
         * @param attempt the number of this attempt, from 1
         * @param timeout how long this attempt may wait for its answer
         * @return a stage completing with the stored message, or failing with a {@link SendFailedException}
         */
        CompletionStage<SentMessage> run(int attempt, Duration timeout);
    }

    /** One attempt of a blocking transport. */
    @FunctionalInterface
    public interface BlockingAttempt {
        /**
         * Makes one attempt on the calling thread.
         *
         * @param attempt the number of this attempt, from 1
         * @param timeout how long this attempt may wait for its answer
         * @return the stored message
         * @throws SendFailedException if the attempt failed
         */
        SentMessage run(int attempt, Duration timeout);
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
     * Sends on the calling thread, sleeping between attempts.
     *
     * @param deadline the longest the whole send may take
     * @param attempt makes one attempt
     * @return the stored message
     * @throws SendFailedException the last attempt's failure; a {@link NotSentException} if the
     *     thread is interrupted while waiting to retry (the interrupt flag is restored)
     */
    public SentMessage runBlocking(Duration deadline, BlockingAttempt attempt) {
        long end = nanoClock.getAsLong() + deadline.toNanos();
        for (int n = 1; ; n++) {
            try {
                return attempt.run(n, attemptTimeout(end));
            } catch (SendFailedException failure) {
                Optional<Duration> wait = decider.next(failure, n, remaining(end));
                if (wait.isEmpty()) {
                    throw failure;
                }
                sleep(wait.get(), failure);
            }
        }
    }

    /**
     * Sends without blocking: attempts are started by the transport, waits run on the timer.
     *
     * @param deadline the longest the whole send may take
     * @param attempt starts one attempt
     * @param timer schedules the next attempt
     * @return a stage completing with the stored message, or failing with the last attempt's
     *     {@link SendFailedException} itself (never wrapped)
     */
    public CompletionStage<SentMessage> runAsync(Duration deadline, AsyncAttempt attempt, Timer timer) {
        CompletableFuture<SentMessage> result = new CompletableFuture<>();
        long end = nanoClock.getAsLong() + deadline.toNanos();
        start(1, end, attempt, timer, result);
        return result;
    }

    private void start(int n, long end, AsyncAttempt attempt, Timer timer, CompletableFuture<SentMessage> result) {
        CompletionStage<SentMessage> stage;
        try {
            stage = attempt.run(n, attemptTimeout(end));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        stage.whenComplete((sent, error) -> {
            if (error == null) {
                result.complete(sent);
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (!(cause instanceof SendFailedException)) {
                result.completeExceptionally(cause);
                return;
            }
            SendFailedException failure = (SendFailedException) cause;
            Optional<Duration> wait = decider.next(failure, n, remaining(end));
            if (wait.isEmpty()) {
                result.completeExceptionally(failure);
            } else {
                timer.schedule(wait.get(), () -> start(n + 1, end, attempt, timer, result));
            }
        });
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

    private static void sleep(Duration wait, SendFailedException last) {
        try {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            NotSentException interrupted = new NotSentException(
                    "Interrupted while waiting to retry; the message was not sent.", last.details(), e);
            interrupted.addSuppressed(last);
            throw interrupted;
        }
    }
}
