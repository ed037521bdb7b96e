package dev.acquire4j.protocol.spi;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads on which a transport whose own async form would cost a thread per exchange runs its
 * async attempts as blocking ones: at most a fixed number at once, reused from attempt to attempt,
 * the rest waiting in order for one; idle threads end after a minute. An attempt still waiting for a thread when its time runs out,
 * or when the client closes, ends as never written ({@link RequestNotWrittenException}).
 *
 * <p>Why java.net.http needs it: on JDK 17 {@code HttpClient.sendAsync} hands every completion to
 * the default async executor, which with at most 2 CPUs (common pool parallelism 1) starts a new
 * thread per task, whatever executor the HTTP client has; {@code send} completes without that
 * hand-off. Thread-safe.
 */
public final class AttemptThreads {
    /** One blocking attempt, as {@link Transport#attemptBlocking}. */
    @FunctionalInterface
    public interface BlockingAttempt {
        /**
         * Makes the attempt on the calling thread.
         *
         * @param request the request
         * @param timeout the longest it may take
         * @return the answer
         * @throws Exception the transport's failure
         */
        WireAnswer attempt(WireRequest request, Duration timeout) throws Exception;
    }

    /** Keeps up to {@code max} threads, started on demand, each ending after a minute idle; more tasks queue in order. */
    private final ThreadPoolExecutor pool;
    private final int max;
    /** Attempts submitted and not yet ended; above {@link #max}, the newest waits for a thread. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean closed;

    /**
     * Creates the threads of one client; none starts before the first attempt.
     *
     * @param max the most attempts running at once
     * @param namePrefix the threads' names, followed by a number
     */
    public AttemptThreads(int max, String namePrefix) {
        this.max = max;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(max, max, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, namePrefix + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Starts one attempt, bounded as a whole by {@code timeout}, the wait for a thread included.
     *
     * @param request the request
     * @param timeout the longest the attempt may take
     * @param blocking makes the attempt on a thread of this pool
     * @return the attempt's answer or failure, completed on the attempt's thread
     * @throws RejectedExecutionException if the client is closed: no attempt was started
     */
    public CompletionStage<WireAnswer> attempt(WireRequest request, Duration timeout, BlockingAttempt blocking) {
        if (closed) {
            throw new RejectedExecutionException("the Acquire client is closed");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<WireAnswer> answer = new CompletableFuture<>();
        AtomicBoolean claimed = new AtomicBoolean();
        Runnable run = () -> {
            long left = deadline - System.nanoTime();
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            if (closed || left <= 0) {
                answer.completeExceptionally(new RequestNotWrittenException(closed
                        ? new CancellationException("the client was closed before the attempt started")
                        : new TimeoutException("no thread free to send within " + timeout.toMillis() + " ms")));
                return;
            }
            try {
                answer.complete(blocking.attempt(request, Duration.ofNanos(left)));
            } catch (Exception | Error e) {
                answer.completeExceptionally(e);
            }
        };
        boolean waits = pending.incrementAndGet() > max;
        try {
            pool.execute(() -> {
                try {
                    run.run();
                } finally {
                    pending.decrementAndGet();
                    // An interrupt meant for this attempt (a close, a timeout) must not reach the next one.
                    Thread.interrupted();
                }
            });
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            throw e;
        }
        if (waits) {
            // Every thread is busy: the attempt's time bound also covers the wait for one.
            CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS, Runnable::run).execute(() -> {
                if (claimed.compareAndSet(false, true)) {
                    answer.completeExceptionally(new RequestNotWrittenException(
                            new TimeoutException("no thread free to send within " + timeout.toMillis() + " ms")));
                }
            });
        }
        return answer;
    }

    /** Ends the attempts still waiting for a thread (not sent, at once) and then the threads; later attempts are refused. */
    public void close() {
        closed = true;
        pool.shutdown();
    }
}
