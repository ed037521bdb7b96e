package dev.acquire4j.protocol.spi;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * What a transport gives the client core: one exchange of a {@link WireRequest} for a
 * {@link WireAnswer}, blocking and async, and the one fact about a failure the core cannot know
 * (could the request have been written?). Everything else (the closed check, the deadline, retries,
 * reading answers, mapping failures to exceptions, logging, the listener, checked sends) is the
 * core's. See {@code docs/architecture.md}. Implementations are thread-safe.
 */
public interface Transport {
    /**
     * Makes one exchange on the calling thread, bounded by {@code timeout} as a whole (headers and body).
     *
     * @param request the request
     * @param timeout the longest the exchange may take
     * @return the answer, whatever its status
     * @throws Exception the transport's failure, classified by {@link #mayHaveBeenWritten(Throwable)};
     *     an {@link InterruptedException} ends the operation as outcome unknown
     */
    WireAnswer attemptBlocking(WireRequest request, Duration timeout) throws Exception;

    /**
     * Starts one exchange without blocking, bounded by {@code timeout} as a whole.
     *
     * @param request the request
     * @param timeout the longest the exchange may take
     * @return a stage completing with the answer, or failing with the transport's failure (classified
     *     by {@link #mayHaveBeenWritten(Throwable)}). An exception thrown by this method itself means
     *     that no request was started: the operation counts it as not sent.
     */
    CompletionStage<WireAnswer> attemptAsync(WireRequest request, Duration timeout);

    /**
     * {@return {@code false} only when the failure certainly happened before any byte of the request
     * was written (refused or timed-out connect, unknown host, TLS handshake); {@code true} otherwise}
     *
     * @param failure what an exchange threw or failed with, unwrapped from {@code CompletionException}
     */
    boolean mayHaveBeenWritten(Throwable failure);

    /**
     * {@return whether the failure means that an answer came but its head could not be read: larger
     * than the transport's limit for a status line and headers, or not HTTP} The server had the
     * request, so the operation's outcome is unknown; the core reports a
     * {@code MalformedResponseException} without a status and never retries it, even under a policy
     * that retries unknown outcomes (as for a 2xx cut mid-body, {@link AnswerCutException}). By
     * default {@code false}: the failure is classified by {@link #mayHaveBeenWritten(Throwable)} alone.
     *
     * @param failure what an exchange threw or failed with, unwrapped from {@code CompletionException}
     */
    default boolean answerUnreadable(Throwable failure) {
        return false;
    }

    /**
     * Runs a task after a delay without holding a thread (a timer, not a sleep): the waits between
     * async attempts. By default on the JDK's delay scheduler, running the task on that thread.
     *
     * @param delay how long to wait
     * @param task what to run then; it only starts the next attempt
     */
    default void schedule(Duration delay, Runnable task) {
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, Runnable::run).execute(task);
    }

    /**
     * Refuses a blocking operation on a thread that must not block (a Vert.x event loop, say), before
     * anything is sent. By default every thread may block.
     *
     * @throws IllegalStateException if the calling thread must not block
     */
    default void checkMayBlock() {}

    /**
     * The close hook: the client is closed (later operations are refused by the core); end the
     * exchanges in flight at once and release what the transport owns. Called once; must not throw.
     */
    void close();
}
