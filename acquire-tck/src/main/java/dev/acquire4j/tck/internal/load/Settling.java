package dev.acquire4j.tck.internal.load;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Waits for threads and connections to go after a run: a bounded poll that also asks for garbage
 * collection, because a JDK 17 {@code HttpClient} has no {@code close()} and only stops its
 * selector thread and closes its pooled connections once it has been collected.
 */
public final class Settling {
    /**
     * Threads the JDK starts once and keeps for the life of the JVM, so they may appear during a
     * run and rightly stay: {@code CompletableFuture}'s delay scheduler (behind {@code orTimeout}
     * and {@code delayedExecutor}) on JDK 17, which JDK 25 replaced by the common
     * {@code ForkJoinPool}'s delay scheduler and runs on that pool's workers (JVM-wide threads that
     * retire on their own after a minute idle, not the client's); and the thread of Vert.x's one
     * static {@code java.lang.ref.Cleaner} (a field of {@code VertxImpl}, started when the first
     * {@code Vertx} of the JVM is made, named {@code Cleaner-N} by the JDK).
     */
    private static final List<String> JVM_LIFETIME_THREADS =
            List.of("CompletableFutureDelayScheduler", "ForkJoinPool.commonPool-", "Cleaner-");

    private Settling() {}

    /** {@return the threads alive now} */
    public static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    /**
     * {@return the names of threads alive now that were not at the start, JVM-lifetime threads aside}
     *
     * @param baseline the threads alive at the start
     */
    public static List<String> newThreads(Set<Thread> baseline) {
        return liveThreads().stream().filter(t -> !baseline.contains(t))
                .map(Thread::getName)
                .filter(name -> JVM_LIFETIME_THREADS.stream().noneMatch(name::startsWith))
                .sorted().collect(Collectors.toList());
    }

    /**
     * Polls until the condition holds, asking for a collection each time.
     *
     * @param limit the longest to wait
     * @param condition what must become true
     * @return whether it became true in time
     */
    public static boolean await(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                return false;
            }
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return condition.getAsBoolean();
            }
        }
        return true;
    }
}
