package dev.acquire4j.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one contender at one concurrency for one window and measures it. Blocking contenders get
 * that many threads, each sending in a loop; async contenders keep that many sends in flight, each
 * completion starting the next. Sends start until the window ends; the ones in flight then are
 * waited for and counted, and the time is taken when the last one ends.
 */
final class LoadRun {
    /** A chain of async sends stops after this many failures, so a dead server cannot spin the driver. */
    private static final long MAX_ERRORS = 1_000;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

    /**
     * One measurement.
     *
     * @param sends completed sends, failures included
     * @param errors failed sends
     * @param seconds wall time from the first send to the last completion
     * @param p50Nanos median latency of one send
     * @param p99Nanos 99th percentile latency
     * @param cost driver CPU time and bytes allocated over the window
     * @param firstError the first failure, for the report, or {@code null}
     */
    record Result(long sends, long errors, double seconds, long p50Nanos, long p99Nanos, Probe.Delta cost, String firstError) {
        double throughput() {
            return sends / seconds;
        }

        double cpuNanosPerSend() {
            return (double) cost.cpuNanos() / Math.max(1, sends);
        }

        double bytesPerSend() {
            return (double) cost.bytes() / Math.max(1, sends);
        }
    }

    private final LatencyHistogram latencies = new LatencyHistogram();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicReference<Throwable> firstError = new AtomicReference<>();

    private LoadRun() {}

    static Result run(Contender c, int concurrency, Duration window) throws InterruptedException {
        LoadRun run = new LoadRun();
        return c.blocking() != null ? run.blocking(c.blocking(), concurrency, window) : run.async(c.async(), concurrency, window);
    }

    private Result blocking(Contender.BlockingSend send, int threads, Duration window) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        CountDownLatch release = new CountDownLatch(1);
        long[] end = new long[1];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                ready.countDown();
                awaitQuietly(go);
                while (System.nanoTime() - end[0] < 0) {
                    long start = System.nanoTime();
                    try {
                        send.send();
                    } catch (Exception e) {
                        failed(e);
                    }
                    latencies.record(System.nanoTime() - start);
                }
                done.countDown();
                // Alive until the end snapshot, so that its allocations are counted.
                awaitQuietly(release);
            }, "bench-worker-" + i);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        ready.await();
        Probe before = Probe.take();
        long t0 = System.nanoTime();
        end[0] = t0 + window.toNanos();
        go.countDown();
        boolean drained = done.await(window.plus(DRAIN_LIMIT).toMillis(), TimeUnit.MILLISECONDS);
        long t1 = System.nanoTime();
        Probe after = Probe.take();
        release.countDown();
        for (Thread t : workers) {
            t.join(1_000);
        }
        if (!drained) {
            failed(new IllegalStateException("blocking senders did not finish within " + DRAIN_LIMIT));
        }
        return result(t0, t1, after.since(before));
    }

    private Result async(Contender.AsyncSend send, int inFlight, Duration window) throws InterruptedException {
        CountDownLatch chainsDone = new CountDownLatch(inFlight);
        Probe before = Probe.take();
        long t0 = System.nanoTime();
        long end = t0 + window.toNanos();
        for (int i = 0; i < inFlight; i++) {
            next(send, end, chainsDone);
        }
        boolean drained = chainsDone.await(window.plus(DRAIN_LIMIT).toMillis(), TimeUnit.MILLISECONDS);
        long t1 = System.nanoTime();
        Probe after = Probe.take();
        if (!drained) {
            failed(new IllegalStateException("sends still in flight " + DRAIN_LIMIT + " after the window"));
        }
        return result(t0, t1, after.since(before));
    }

    /** Starts one send of a chain; its completion starts the next until the window ends. */
    private void next(Contender.AsyncSend send, long end, CountDownLatch chainsDone) {
        long start = System.nanoTime();
        try {
            send.send(error -> {
                long now = System.nanoTime();
                latencies.record(now - start);
                if (error != null) {
                    failed(error);
                }
                if (now - end < 0 && errors.get() < MAX_ERRORS) {
                    next(send, end, chainsDone);
                } else {
                    chainsDone.countDown();
                }
            });
        } catch (RuntimeException e) {
            latencies.record(System.nanoTime() - start);
            failed(e);
            chainsDone.countDown();
        }
    }

    private void failed(Throwable e) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, e);
    }

    private Result result(long t0, long t1, Probe.Delta cost) {
        Throwable e = firstError.get();
        return new Result(latencies.count(), errors.get(), (t1 - t0) / 1e9,
                latencies.quantile(0.50), latencies.quantile(0.99), cost,
                e == null ? null : e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
