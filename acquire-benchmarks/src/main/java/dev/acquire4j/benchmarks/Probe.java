package dev.acquire4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * What this JVM (the driver, not the server) has spent so far: process CPU time, and bytes
 * allocated per live thread.
 *
 * <p>Bytes allocated: JDK 17 has no process-wide counter, so a snapshot sums
 * {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes} over the threads alive at that
 * moment, by thread id. The difference of two snapshots counts, for every thread alive at the end,
 * what it allocated since the first (or since it started). A thread that ends between the two
 * snapshots takes its count with it; the driver keeps its own worker threads alive until the end
 * snapshot, and the clients' pools outlive a measurement window, so {@link Delta#threadsLost()}
 * is normally 0 and the table says so when it is not. TLAB sizes do not matter: the counter
 * counts bytes of objects, not TLABs.
 */
final class Probe {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long cpuNanos;
    private final Map<Long, Long> allocated;
    private final long threadsStarted;

    private Probe(long cpuNanos, Map<Long, Long> allocated, long threadsStarted) {
        this.cpuNanos = cpuNanos;
        this.allocated = allocated;
        this.threadsStarted = threadsStarted;
    }

    /** {@return a snapshot of now} */
    static Probe take() {
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        Map<Long, Long> byThread = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return new Probe(OS.getProcessCpuTime(), byThread, THREADS.getTotalStartedThreadCount());
    }

    /**
     * The cost between two snapshots.
     *
     * @param cpuNanos process CPU time, all threads (GC and JIT included)
     * @param bytes bytes allocated by threads alive at the end
     * @param threadsLost threads alive at the start and gone at the end
     * @param threadsStarted threads started in between: a thread that starts and ends inside the
     *     window is not in {@code bytes}, so a contender that starts threads per send is undercounted
     */
    record Delta(long cpuNanos, long bytes, int threadsLost, long threadsStarted) {}

    /** {@return what was spent from {@code start} to this snapshot} */
    Delta since(Probe start) {
        long bytes = 0;
        for (Map.Entry<Long, Long> e : allocated.entrySet()) {
            bytes += e.getValue() - start.allocated.getOrDefault(e.getKey(), 0L);
        }
        int lost = 0;
        for (Long id : start.allocated.keySet()) {
            if (!allocated.containsKey(id)) {
                lost++;
            }
        }
        return new Delta(cpuNanos - start.cpuNanos, bytes, lost, threadsStarted - start.threadsStarted);
    }

    /** {@return the system load average over the last minute, or -1} */
    static double loadAverage() {
        return OS.getSystemLoadAverage();
    }
}
