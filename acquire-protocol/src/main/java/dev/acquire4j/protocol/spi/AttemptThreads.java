package dev.acquire4j.protocol.spi;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads on which a transport whose own async form would cost a thread per exchange runs its
 * async attempts as blocking ones: at most a fixed number at once, reused from attempt to attempt,
 * the rest waiting in order for one. An attempt still waiting for a thread when its time runs out,
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

    private final ExecutorService pool;
    private final int max;
    private final Queue<Runnable> queued = new ConcurrentLinkedQueue<>();
    /** Threads taking tasks from the queue now, at most {@link #max}. */
    private final AtomicInteger working = new AtomicInteger();
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
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, namePrefix + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
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
        if (!submit(run)) {
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

    /**
     * Runs the task on a thread of its own once one is free. Tasks must not throw.
     *
     * @return whether a thread was free; if not, the task waits for one
     * @throws RejectedExecutionException if the threads are shut down and the task was not taken
     */
    private boolean submit(Runnable task) {
        queued.add(task);
        if (working.incrementAndGet() > max) {
            working.decrementAndGet();
            return false;
        }
        try {
            pool.execute(this::work);
        } catch (RejectedExecutionException e) {
            working.decrementAndGet();
            if (queued.remove(task)) {
                throw e;
            }
        }
        return true;
    }

    /** Takes tasks until none is left; a task queued while this thread leaves is taken by it or by its submitter. */
    private void work() {
        do {
            for (Runnable task = queued.poll(); task != null; task = queued.poll()) {
                task.run();
                Thread.interrupted();
            }
            working.decrementAndGet();
        } while (!queued.isEmpty() && claim());
    }

    private boolean claim() {
        if (working.incrementAndGet() <= max) {
            return true;
        }
        working.decrementAndGet();
        return false;
    }

    /** Ends the attempts still waiting for a thread (not sent) and, once idle, the threads; later attempts are refused. */
    public void close() {
        closed = true;
        for (Runnable task = queued.poll(); task != null; task = queued.poll()) {
            task.run();
        }
        pool.shutdown();
    }
}
