package dev.acquire4j.tck.internal.load;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures how long this JVM's threads went unscheduled while a run was going on: a thread of its
 * own parks for a millisecond at a time and records the longest it overslept. A send that ends late
 * by no more than that was late because the machine (a shared build host, a garbage collection
 * pause) stopped every thread, not because the client missed its deadline. Closing it stops and
 * joins its thread, so that no thread of it is left behind.
 */
public final class StallProbe implements AutoCloseable {
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final AtomicLong longestStall = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private StallProbe() {
        thread = new Thread(this::probe, "acquire-tck-stall-probe");
        thread.setDaemon(true);
    }

    /** {@return a probe, already measuring} */
    public static StallProbe start() {
        StallProbe probe = new StallProbe();
        probe.thread.start();
        return probe;
    }

    private void probe() {
        while (running) {
            long before = System.nanoTime();
            LockSupport.parkNanos(TICK_NANOS);
            long overslept = System.nanoTime() - before - TICK_NANOS;
            longestStall.accumulateAndGet(overslept, Math::max);
        }
    }

    /** {@return the longest the probe thread went unscheduled beyond its tick so far} */
    public Duration longestStall() {
        return Duration.ofNanos(longestStall.get());
    }

    /**
     * Stops the probe and waits for its thread to end.
     *
     * @throws IllegalStateException if the calling thread is interrupted meanwhile (its flag set again)
     */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the stall probe", e);
        }
    }
}
