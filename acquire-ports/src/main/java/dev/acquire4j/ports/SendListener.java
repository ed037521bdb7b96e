package dev.acquire4j.ports;

import java.time.Duration;

/**
 * Hears what a client does with each send, to count and time it: set one with
 * {@link ClientSettings.Builder#listener(SendListener)}. Every method does nothing by default.
 *
 * <p>For each send the events come in order: {@code attemptStarted} and {@code attemptEnded} for
 * each attempt, {@code retryScheduled} between attempts, and {@code sendFinished} exactly once.
 * A send refused before any request (validation, a closed client) has no events.
 *
 * <p>Implementations must be thread-safe: sends run on many threads at once, and an async send
 * reports on the transport's threads (a Vert.x event loop, say), so methods must be quick and
 * must not block. A method that throws is caught and logged (the first time at {@code WARNING});
 * it never changes the send.
 */
public interface SendListener {
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
    default void attemptEnded(AttemptInfo attempt, SendOutcome outcome, Duration duration) {}

    /**
     * The send will try again after a wait.
     *
     * @param failed the attempt that failed
     * @param delay how long the send waits before the next attempt
     * @param cause the failure of that attempt
     */
    default void retryScheduled(AttemptInfo failed, Duration delay, SendFailedException cause) {}

    /**
     * The send ended: the last event of a send.
     *
     * @param send the send
     * @param outcome how it ended, as the caller sees it
     * @param totalTime how long it took, waits between attempts included
     * @param attempts how many attempts it made
     */
    default void sendFinished(SendInfo send, SendOutcome outcome, Duration totalTime, int attempts) {}
}
