package dev.acquire4j.protocol;

import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.ConfirmationOutcome;
import dev.acquire4j.ports.Operation;
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
 * Runs the attempts of one operation under one deadline: each attempt waits at most the smaller of the
 * request timeout and what is left of the deadline, and a retry happens only when the
 * {@link RetryDecider} allows it and its wait ends before the deadline. Shared by every transport,
 * blocking or async, so that all retry the same way. It also reports each operation, once for every
 * transport: one log line per operation through {@link System.Logger} ({@code dev.acquire4j.send}, at
 * {@code DEBUG}; retries at {@code INFO}, throttling at {@code WARNING}) and the events of the
 * settings' {@link dev.acquire4j.ports.OperationListener}. Stateless and thread-safe.
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
    private final SendObserver observer;
    /** This loop for idempotent calls: itself if it is one. */
    private final SendLoop idempotent;

    /**
     * Creates the loop a client's settings ask for: their retry policy, request timeout, listener
     * and logging of personal data.
     *
     * @param settings the client's settings
     * @param nanoClock a monotonic clock in nanoseconds, normally {@code System::nanoTime}
     */
    public SendLoop(ClientSettings settings, LongSupplier nanoClock) {
        this(new RetryDecider(settings.retryPolicy()), settings.requestTimeout(), nanoClock, SendObserver.of(settings));
    }

    /**
     * Creates a loop without a listener, whose log lines mask personal data.
     *
     * @param decider the retry rules
     * @param requestTimeout the longest one attempt may wait for its answer
     * @param nanoClock a monotonic clock in nanoseconds, normally {@code System::nanoTime}
     */
    public SendLoop(RetryDecider decider, Duration requestTimeout, LongSupplier nanoClock) {
        this(decider, requestTimeout, nanoClock, new SendObserver(null, false));
    }

    private SendLoop(RetryDecider decider, Duration requestTimeout, LongSupplier nanoClock, SendObserver observer) {
        this.decider = decider;
        this.requestTimeout = requestTimeout;
        this.nanoClock = nanoClock;
        this.observer = observer;
        this.idempotent = decider.forIdempotentCalls() ? this
                : new SendLoop(decider.idempotent(), requestTimeout, nanoClock, observer);
    }

    /**
     * Runs an operation on the calling thread as {@link #runBlocking(Duration, BlockingAttempt)}
     * does, under the retry rules of its kind (an idempotent one also retries unknown outcomes), and
     * reports it: logged and told to the listener, {@code operationStarted} first on this thread.
     *
     * @param <T> the result type
     * @param call the operation
     * @param deadline the longest the whole operation may take
     * @param attempt makes one attempt
     * @return the result
     * @throws SendFailedException as {@link #runBlocking(Duration, BlockingAttempt)} throws
     */
    public <T> T runBlocking(Call<T> call, Duration deadline, BlockingAttempt<T> attempt) {
        return loopFor(call).run(observer.trace(call, nanoClock), deadline, attempt);
    }

    /**
     * Starts an operation as {@link #runAsync(Duration, AsyncAttempt, Timer)} does, under the retry
     * rules of its kind, and reports it: {@code operationStarted} on this thread, the end before the
     * stage completes.
     *
     * @param <T> the result type
     * @param call the operation
     * @param deadline the longest the whole operation may take
     * @param attempt starts one attempt
     * @param timer schedules the next attempt
     * @return a stage as {@link #runAsync(Duration, AsyncAttempt, Timer)} returns
     */
    public <T> CompletionStage<T> runAsync(Call<T> call, Duration deadline, AsyncAttempt<T> attempt, Timer timer) {
        return loopFor(call).run(observer.trace(call, nanoClock), deadline, attempt, timer);
    }

    private SendLoop loopFor(Call<?> call) {
        return call.operation().idempotent() ? idempotent : this;
    }

    /**
     * Reports the end of a confirmation of an unknown outcome to the listener (a listener that
     * throws is logged and ignored) and logs it at {@code INFO}.
     *
     * @param operation the send confirmed
     * @param outcome found, not found or failed
     * @param duration how long the confirmation took
     */
    public void confirmationFinished(Operation operation, ConfirmationOutcome outcome, Duration duration) {
        System.Logger log = observer.log();
        if (log.isLoggable(System.Logger.Level.INFO)) {
            log.log(System.Logger.Level.INFO, operation.tag() + " outcome unknown, confirmation " + outcome
                    + " in " + duration.toMillis() + " ms");
        }
        observer.tell(l -> l.confirmationFinished(operation, outcome, duration));
    }

    /**
     * {@return a loop with the same timeout, clock and observer for idempotent calls (lookups),
     * which retries outcome-unknown failures too, by {@link RetryDecider#idempotent()}}
     */
    public SendLoop forIdempotent() {
        return idempotent;
    }

    /**
     * Sends on the calling thread, sleeping between attempts.
     *
     * @param <T> the result of a successful attempt: the stored message, or a lookup's answer
     * @param deadline the longest the whole send may take
     * @param attempt makes one attempt
     * @return the stored message
     * @throws SendFailedException the last attempt's failure, as an {@link OutcomeUnknownException}
     *     if an earlier attempt may have stored the message; if the thread is interrupted while
     *     waiting to retry, a {@link NotSentException} (or, after an unknown outcome, an
     *     {@link OutcomeUnknownException}) and the interrupt flag is restored
     */
    public <T> T runBlocking(Duration deadline, BlockingAttempt<T> attempt) {
        return run(SendTrace.SILENT, deadline, attempt);
    }

    private <T> T run(SendTrace trace, Duration deadline, BlockingAttempt<T> attempt) {
        long end = nanoClock.getAsLong() + deadline.toNanos();
        SendFailedException unknown = null;
        for (int n = 1; ; n++) {
            SendFailedException failure;
            trace.attemptStarted(n);
            try {
                T sent = attempt.run(n, attemptTimeout(end));
                trace.attemptEnded(n, null);
                trace.finished(sent, null, n);
                return sent;
            } catch (SendFailedException e) {
                failure = e;
            } catch (RuntimeException | Error bug) {
                trace.attemptEnded(n, bug);
                trace.finished(null, bug, n);
                throw bug;
            }
            trace.attemptEnded(n, failure);
            unknown = firstUnknown(unknown, failure);
            Optional<Duration> wait = decider.next(failure, n, remaining(end));
            SendFailedException last = wait.isEmpty() ? outcome(failure, unknown) : null;
            if (last == null) {
                trace.retryScheduled(n, wait.get(), failure);
                last = sleep(wait.get(), failure, unknown);
            }
            if (last != null) {
                trace.finished(null, last, n);
                throw last;
            }
        }
    }

    /**
     * Sends without blocking: attempts are started by the transport, waits run on the timer.
     *
     * @param <T> the result of a successful attempt: the stored message, or a lookup's answer
     * @param deadline the longest the whole send may take
     * @param attempt starts one attempt
     * @param timer schedules the next attempt
     * @return a stage completing with the stored message, or failing with the last attempt's
     *     {@link SendFailedException} itself (never wrapped), as an {@link OutcomeUnknownException}
     *     if an earlier attempt may have stored the message
     */
    public <T> CompletionStage<T> runAsync(Duration deadline, AsyncAttempt<T> attempt, Timer timer) {
        return run(SendTrace.SILENT, deadline, attempt, timer);
    }

    private <T> CompletionStage<T> run(SendTrace trace, Duration deadline, AsyncAttempt<T> attempt, Timer timer) {
        CompletableFuture<T> result = new CompletableFuture<>();
        long end = nanoClock.getAsLong() + deadline.toNanos();
        start(new AsyncSend<>(trace, end, attempt, timer, result), 1, null);
        return result;
    }

    /** What every attempt of one async send shares. */
    private record AsyncSend<T>(SendTrace trace, long end, AsyncAttempt<T> attempt, Timer timer,
            CompletableFuture<T> result) {}

    private <T> void start(AsyncSend<T> send, int n, SendFailedException unknown) {
        long end = send.end();
        AsyncAttempt<T> attempt = send.attempt();
        CompletableFuture<T> result = send.result();
        CompletionStage<T> stage;
        send.trace().attemptStarted(n);
        try {
            stage = attempt.run(n, attemptTimeout(end));
        } catch (RuntimeException e) {
            // Failing at once is still a failed attempt: the same rules decide what follows.
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((sent, error) -> {
            try {
                if (error == null) {
                    send.trace().attemptEnded(n, null);
                    send.trace().finished(sent, null, n);
                    result.complete(sent);
                } else {
                    afterFailure(send, n, unknown, error);
                }
            } catch (RuntimeException | Error bug) {
                // Whatever went wrong here, the caller's stage must not stay pending forever.
                result.completeExceptionally(bug);
            }
        });
    }

    private <T> void afterFailure(AsyncSend<T> send, int n, SendFailedException unknownBefore, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        send.trace().attemptEnded(n, cause);
        if (!(cause instanceof SendFailedException failure)) {
            finish(send, n, cause);
            return;
        }
        SendFailedException unknown = firstUnknown(unknownBefore, failure);
        Optional<Duration> wait = decider.next(failure, n, remaining(send.end()));
        if (wait.isEmpty()) {
            finish(send, n, outcome(failure, unknown));
            return;
        }
        send.trace().retryScheduled(n, wait.get(), failure);
        try {
            send.timer().schedule(wait.get(), () -> start(send, n + 1, unknown));
        } catch (RuntimeException rejected) {
            // No timer, no retry (a closed event loop, say): what is known so far is the answer.
            failure.addSuppressed(rejected);
            finish(send, n, outcome(failure, unknown));
        }
    }

    /** Reports the send's end, then fails its stage: a listener hears of it before the caller does. */
    private static void finish(AsyncSend<?> send, int attempts, Throwable failure) {
        send.trace().finished(null, failure, attempts);
        send.result().completeExceptionally(failure);
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

    /** {@return {@code null} after the wait, or the failure to throw when the thread was interrupted} */
    private static SendFailedException sleep(Duration wait, SendFailedException last, SendFailedException unknown) {
        try {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            SendFailedException interrupted = unknown == null
                    ? new NotSentException("Interrupted while waiting to retry; the message was not sent.", last.details(), e)
                    : new OutcomeUnknownException("Interrupted while waiting to retry; attempt " + unknown.attempts()
                            + " may have stored the message.", last.details(), e);
            interrupted.addSuppressed(last);
            return interrupted;
        }
    }
}
