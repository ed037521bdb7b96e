package dev.acquire4j.tck.internal.load;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.AcquireClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Sends many messages through one client with a bounded number in flight: async sends behind a
 * semaphore, or blocking sends from a fixed set of worker threads. Records how each ended.
 */
public final class LoadDriver {
    private LoadDriver() {}

    /**
     * Sends every message once and waits for all to end, at most {@code limit}.
     *
     * @param async whether to use the async senders (else the blocking ones)
     * @return the outcome of each message, by index; {@link Outcome.Kind#NONE} where none came in time
     * @throws InterruptedException if the calling thread is interrupted
     */
    public static Outcome[] drive(AcquireClient client, List<ChatMessage> messages, int concurrency, boolean async,
            Duration limit) throws InterruptedException {
        AtomicReferenceArray<Outcome> outcomes = new AtomicReferenceArray<>(messages.size());
        CountDownLatch done = new CountDownLatch(messages.size());
        if (async) {
            sendAsync(client, messages, concurrency, outcomes, done);
        } else {
            sendBlocking(client, messages, concurrency, outcomes, done, limit);
        }
        done.await(limit.toNanos(), TimeUnit.NANOSECONDS);
        Outcome[] result = new Outcome[messages.size()];
        for (int i = 0; i < result.length; i++) {
            Outcome o = outcomes.get(i);
            result[i] = o != null ? o : new Outcome(Outcome.Kind.NONE, null, null);
        }
        return result;
    }

    private static void sendAsync(AcquireClient client, List<ChatMessage> messages, int concurrency,
            AtomicReferenceArray<Outcome> outcomes, CountDownLatch done) throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        for (int i = 0; i < messages.size(); i++) {
            inFlight.acquire();
            int index = i;
            CompletionStage<SentMessage> stage;
            try {
                stage = client.async().chat().send(messages.get(i));
            } catch (RuntimeException e) {
                // The ports forbid throwing here: recorded as a broken send.
                outcomes.set(index, new Outcome(Outcome.Kind.OTHER, null, e));
                inFlight.release();
                done.countDown();
                continue;
            }
            stage.whenComplete((sent, error) -> {
                outcomes.set(index, Outcome.of(sent, error));
                inFlight.release();
                done.countDown();
            });
        }
    }

    private static void sendBlocking(AcquireClient client, List<ChatMessage> messages, int concurrency,
            AtomicReferenceArray<Outcome> outcomes, CountDownLatch done, Duration limit) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "load-run-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int w = 0; w < concurrency; w++) {
                workers.execute(() -> {
                    for (int i = next.getAndIncrement(); i < messages.size(); i = next.getAndIncrement()) {
                        Outcome o;
                        try {
                            o = Outcome.of(client.chat().send(messages.get(i)), null);
                        } catch (RuntimeException e) {
                            o = Outcome.of(null, e);
                        }
                        outcomes.set(i, o);
                        done.countDown();
                    }
                });
            }
            workers.shutdown();
            workers.awaitTermination(limit.toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            workers.shutdownNow();
        }
    }
}
