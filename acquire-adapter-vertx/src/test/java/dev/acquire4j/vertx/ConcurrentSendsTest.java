package dev.acquire4j.vertx;

import static dev.acquire4j.vertx.VertxAcquireClientTest.chat;
import static dev.acquire4j.vertx.VertxAcquireClientTest.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Many sends in flight from one event loop share a bounded pool and leave no connection behind. */
class ConcurrentSendsTest {
    private static final int SENDS = 1_000;
    private static final int POOL_SIZE = 8;

    @Test
    void aThousandConcurrentSendsFromOneEventLoopAllCompleteOnABoundedPool() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (LoopbackAcquire server = LoopbackAcquire.start()) {
            VertxAcquireClient client = VertxAcquireClient.create(vertx, VertxAcquireOptions.of(
                    settings(server.baseUri(), Duration.ofSeconds(10), Duration.ofSeconds(10))).withMaxPoolSize(POOL_SIZE));
            Queue<Throwable> failed = new ConcurrentLinkedQueue<>();
            Set<String> completedOn = ConcurrentHashMap.newKeySet();
            AtomicReference<String> sentFrom = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(SENDS);

            Context loop = vertx.getOrCreateContext();
            loop.runOnContext(v -> {
                sentFrom.set(Thread.currentThread().getName());
                for (int i = 0; i < SENDS; i++) {
                    client.send(chat()).onComplete((sent, error) -> {
                        completedOn.add(Thread.currentThread().getName());
                        if (error != null) {
                            failed.add(error);
                        }
                        done.countDown();
                    });
                }
            });

            assertTrue(done.await(30, TimeUnit.SECONDS), "every send completed");
            assertEquals(List.of(), List.copyOf(failed));
            assertEquals(SENDS, server.requests());
            assertEquals(Set.of(sentFrom.get()), completedOn, "futures complete on the sending event loop");
            assertTrue(server.maxOpenConnections() <= POOL_SIZE, "open at once: " + server.maxOpenConnections());
            assertTrue(server.acceptedConnections() <= POOL_SIZE, "connections are reused: " + server.acceptedConnections());

            client.close();
            assertTrue(server.awaitNoOpenConnections(Duration.ofSeconds(10)), "close() released every connection");
        } finally {
            VertxAcquireClientTest.await(vertx.close());
        }
    }
}
