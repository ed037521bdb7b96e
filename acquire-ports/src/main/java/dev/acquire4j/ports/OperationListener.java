package dev.acquire4j.ports;

import java.time.Duration;
import java.util.List;

/**
 * Hears every operation a client makes (sends, lookups, case openings), to count, time and trace
 * them: set one with {@link ClientSettings.Builder#listener(OperationListener)}. Every method does
 * nothing by default.
 *
 * <p>For each operation the events come in order: {@code operationStarted} once, on the caller's
 * thread before the call returns or blocks; {@code attemptStarted} and {@code attemptEnded} for each
 * attempt; {@code retryScheduled} between attempts; and {@code operationFinished} exactly once,
 * before the caller sees the result. An operation refused before any request (validation, a closed
 * client) has no events.
 *
 * <p>Implementations must be thread-safe: operations run on many threads at once, and an async
 * operation reports on the transport's threads (a Vert.x event loop, say), so methods must be quick
 * and must not block. A method that throws (an {@code Error} such as {@code AssertionError}
 * included, but not a {@code VirtualMachineError}) is caught and logged, the first time at
 * {@code WARNING}; it never changes the operation.
 */
public interface OperationListener {
    /**
     * {@return one listener that hands every event to each of {@code listeners}, in the given order}
     * Every listener hears every event even when an earlier one throws; the first failure is then
     * rethrown after all were called (later ones added to it as suppressed), so the client logs it
     * as for a single listener. Thread-safe if each listener is.
     *
     * @param listeners the listeners, e.g. metrics and tracing
     * @throws NullPointerException if the array or one of its elements is {@code null}
     */
    static OperationListener all(OperationListener... listeners) {
        List<OperationListener> each = List.of(listeners);
        return each.size() == 1 ? each.get(0) : new CompositeOperationListener(each);
    }

    /**
     * An operation starts, on the caller's thread: the place to open a tracing span.
     *
     * @param operation the operation; its status and result are not known yet
     */
    default void operationStarted(OperationInfo operation) {}

    /**
     * An attempt is about to send its request.
     *
     * @param attempt the attempt; its status is not known yet
     */
    default void attemptStarted(AttemptInfo attempt) {}

    /**
     * An attempt ended.
     *
     * @param attempt the attempt, with the status of its answer where it failed with one
     * @param outcome how it ended
     * @param duration how long it took
     */
    default void attemptEnded(AttemptInfo attempt, OperationOutcome outcome, Duration duration) {}

    /**
     * The operation will try again after a wait.
     *
     * @param failed the attempt that failed
     * @param delay how long the operation waits before the next attempt
     * @param cause the failure of that attempt
     */
    default void retryScheduled(AttemptInfo failed, Duration delay, SendFailedException cause) {}

    /**
     * The operation ended: its last event.
     *
     * @param operation the operation, with its result id or last failed status
     * @param outcome how it ended, as the caller sees it
     * @param totalTime how long it took, waits between attempts included
     * @param attempts how many attempts it made
     */
    default void operationFinished(OperationInfo operation, OperationOutcome outcome, Duration totalTime, int attempts) {}

    /**
     * A confirmation of an unknown outcome ended: on demand ({@link AcquireClient#confirm}) or
     * automatic ({@link ConfirmationPolicy#automatic()}), after its read of the case. Operators
     * count these to see how often sends end unknown and how those end.
     *
     * @param operation the send that was confirmed
     * @param outcome found, not found, or failed (the outcome stays unknown)
     * @param duration how long the confirmation took, its read included (the grace period not)
     */
    default void confirmationFinished(Operation operation, ConfirmationOutcome outcome, Duration duration) {}
}
