package dev.acquire4j.jdk.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that make a client's async exchanges, each as a blocking {@code HttpClient.send}: at
 * most a fixed number at once, reused from send to send, the rest waiting in order for one.
 *
 * <p>Why not {@code HttpClient.sendAsync}: on JDK 17 it hands every completion to the default async
 * executor, which with at most 2 CPUs (common pool parallelism 1) starts a new thread per task,
 * whatever executor the HTTP client has; {@code send} completes without that hand-off. Thread-safe.
 */
final class SendThreads {
    private final ExecutorService pool = OwnedExecutor.create("send");
    private final int max;
    private final Queue<Runnable> queued = new ConcurrentLinkedQueue<>();
    /** Threads taking tasks from the queue now, at most {@link #max}. */
    private final AtomicInteger working = new AtomicInteger();

    SendThreads(int max) {
        this.max = max;
    }

    /**
     * Runs the task on a thread of its own once one is free. Tasks must not throw.
     *
     * @return whether a thread was free; if not, the task waits for one
     * @throws RejectedExecutionException if the threads are shut down and the task was not taken
     */
    boolean submit(Runnable task) {
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

    /** Runs the tasks still waiting on the calling thread (the client is closed, so they end at once) and ends the threads. */
    void close() {
        for (Runnable task = queued.poll(); task != null; task = queued.poll()) {
            task.run();
        }
        pool.shutdown();
    }
}
