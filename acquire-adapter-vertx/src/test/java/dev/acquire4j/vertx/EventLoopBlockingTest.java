package dev.acquire4j.vertx;

import static dev.acquire4j.vertx.VertxAcquireClientTest.chat;
import static dev.acquire4j.vertx.VertxAcquireClientTest.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fails if the adapter blocks an event loop: sends run on event loops watched by Vert.x's own
 * blocked-thread checker, armed far tighter than its 2-second default, and every report it makes
 * while the loop's thread is really waiting (parked, sleeping, waiting for a lock) is recorded. A
 * loop that is merely slow, because the machine is busy or a collection is running, is still
 * {@code RUNNABLE} and proves nothing about the adapter, so it is not counted: the test does not
 * depend on how loaded the machine is. The checker's hook is Vert.x 5's internal
 * {@code BlockedThreadChecker}; the first test proves the hook really reports a waiting loop.
 */
class EventLoopBlockingTest {
    /** Vert.x's default is 2 seconds; a send's work on the loop is measured in microseconds. */
    private static final long MAX_EVENT_LOOP_MILLIS = 100;
    private static final int SENDS = 400;

    private final Queue<String> reports = new ConcurrentLinkedQueue<>();
    private volatile boolean armed;
    private Vertx vertx;

    @BeforeEach
    void startWatchedVertx() {
        vertx = Vertx.vertx(new VertxOptions()
                .setMaxEventLoopExecuteTime(MAX_EVENT_LOOP_MILLIS).setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
                .setBlockedThreadCheckInterval(10).setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS));
        ((VertxInternal) vertx).blockedThreadChecker().setThreadBlockedHandler(event -> {
            Thread.State state = event.thread().getState();
            if (armed && state != Thread.State.RUNNABLE) {
                reports.add(state + ": " + event);
            }
        });
    }

    @AfterEach
    void closeVertx() throws Exception {
        VertxAcquireClientTest.await(vertx.close());
    }

    @Test
    void theCheckerReportsAnEventLoopThatIsReallyBlocked() throws Exception {
        armed = true;
        CountDownLatch done = new CountDownLatch(1);
        vertx.runOnContext(v -> {
            // Deliberately block this loop in a wait, as a blocking call would, until the checker
            // reports it (or 5 seconds pass).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (reports.isEmpty() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            done.countDown();
        });
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertFalse(reports.isEmpty(), "the blocked-thread hook must report, or the next test proves nothing");
    }

    @Test
    void sendsFromEventLoopsNeverBlockThem() throws Exception {
        try (LoopbackAcquire server = LoopbackAcquire.start();
                VertxAcquireClient client = VertxAcquireClient.create(vertx,
                        VertxAcquireOptions.of(settings(server.baseUri(), Duration.ofSeconds(5), Duration.ofSeconds(5))));
                VertxAcquireClient refused = VertxAcquireClient.create(vertx,
                        VertxAcquireOptions.of(settings(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(5), Duration.ofSeconds(5))))) {
            // Warm up first: loading Vert.x's and Netty's classes on first use is not the adapter's work.
            assertEquals(0, sendFromEventLoops(client, 50).size());
            armed = true;

            List<Throwable> failures = sendFromEventLoops(client, SENDS);
            server.status(500);
            int serverErrors = sendFromEventLoops(client, 20).size();
            int refusals = sendFromEventLoops(refused, 20).size();

            armed = false;
            assertEquals(List.of(), failures);
            assertEquals(20, serverErrors);
            assertEquals(20, refusals);
            assertTrue(reports.isEmpty(), () -> "an event loop was blocked; " + reports.size() + " reports, the first: " + reports.peek());
        }
    }

    /** Starts each send in its own event-loop task, in both async styles; returns what failed. */
    private List<Throwable> sendFromEventLoops(VertxAcquireClient client, int count) throws InterruptedException {
        Queue<Throwable> failed = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(count);
        AtomicInteger started = new AtomicInteger();
        Context context = vertx.getOrCreateContext();
        for (int i = 0; i < count; i++) {
            context.runOnContext(v -> {
                Future<?> send = started.incrementAndGet() % 2 == 0
                        ? client.send(chat())
                        : Future.fromCompletionStage(client.async().chat().send(chat()), context);
                send.onComplete((ok, error) -> {
                    if (error != null) {
                        failed.add(error);
                    }
                    done.countDown();
                });
            });
        }
        assertTrue(done.await(30, TimeUnit.SECONDS), "every send completed");
        return List.copyOf(failed);
    }
}
