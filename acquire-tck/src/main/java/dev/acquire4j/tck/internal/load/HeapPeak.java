package dev.acquire4j.tck.internal.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The peak heap a run keeps alive: the heap's use <em>after garbage collection</em>, as the JVM
 * reports it for each collection, sampled on a daemon thread every few milliseconds while the run
 * goes. Garbage not yet collected never counts, so the figure does not depend on when collections
 * happen to run; sampling can only miss a peak, never invent one. Start it with {@link #start()},
 * stop it with {@link #close()} (which joins the sampler, so it leaves no thread behind).
 */
public final class HeapPeak implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 5;

    private final List<MemoryPoolMXBean> pools;
    private final long baseline;
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    private HeapPeak() {
        this.pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
                .collect(Collectors.toList());
        System.gc(); // one full collection, so that the baseline is what is live before the run
        this.baseline = afterGc();
        this.peak = baseline;
        this.sampler = new Thread(this::sample, "acquire4j-tck-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** {@return a sampler, started after one full collection that fixes the baseline} */
    public static HeapPeak start() {
        return new HeapPeak();
    }

    /** {@return the heap in use after the last collection before the run, in bytes} */
    public long baselineBytes() {
        return baseline;
    }

    /** {@return the most heap seen in use after a collection since the start, in bytes} */
    public long peakBytes() {
        return peak;
    }

    /** Stops sampling and waits for the sampler to end. */
    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, afterGc());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** {@return the sum over the heap's pools of their use after their latest collection} */
    private long afterGc() {
        long used = 0;
        for (MemoryPoolMXBean p : pools) {
            MemoryUsage u = p.getCollectionUsage();
            used += u == null ? 0 : u.getUsed();
        }
        return used;
    }
}
