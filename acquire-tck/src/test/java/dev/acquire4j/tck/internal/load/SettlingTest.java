package dev.acquire4j.tck.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Tests that a load run sees threads started after its baseline, until they end. */
class SettlingTest {
    @Test
    void aThreadStartedAfterTheBaselineIsNewUntilItEnds() throws InterruptedException {
        Set<Thread> baseline = Settling.liveThreads();
        CountDownLatch release = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "settling-test-thread");
        t.setDaemon(true);
        t.start();
        assertTrue(Settling.newThreads(baseline).contains("settling-test-thread"));
        assertFalse(Settling.await(Duration.ofMillis(100), () -> !Settling.newThreads(baseline).contains("settling-test-thread")));
        release.countDown();
        assertTrue(Settling.await(Duration.ofSeconds(10), () -> !Settling.newThreads(baseline).contains("settling-test-thread")));
    }

    @Test
    void theJdksLifetimeDelaySchedulerIsNotALeak() {
        Set<Thread> baseline = Set.of();
        java.util.concurrent.CompletableFuture.delayedExecutor(1, java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> { });
        List<String> fresh = Settling.newThreads(baseline);
        assertEquals(List.of(), fresh.stream().filter(n -> n.startsWith("CompletableFutureDelayScheduler")).collect(java.util.stream.Collectors.toList()));
    }
}
