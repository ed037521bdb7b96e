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
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Drives a load run as {@link LoadDriver} does, and also times each send as its caller sees it:
 * from the call to the return (blocking) or to the stage's completion (async).
 */
public final class TimedDriver {
    /**
     * How each send ended and how long it took, by index.
     *
     * @param outcomes how each send ended; {@link Outcome.Kind#NONE} where none came in time
     * @param nanos how long each took, in nanoseconds; -1 where it never ended
     */
    public record Result(Outcome[] outcomes, long[] nanos) {}

    private TimedDriver() {}

    /**
     * Sends every message once and waits for all to end, at most {@code limit}.
     *
     * @param async whether to use the async senders (else the blocking ones, one worker thread per send in flight)
     * @return the outcomes and durations
     * @throws InterruptedException if the calling thread is interrupted
     */
    public static Result drive(AcquireClient client, List<ChatMessage> messages, int concurrency, boolean async,
            Duration limit) throws InterruptedException {
        int n = messages.size();
        AtomicReferenceArray<Outcome> outcomes = new AtomicReferenceArray<>(n);
        AtomicLongArray nanos = new AtomicLongArray(n);
        CountDownLatch done = new CountDownLatch(n);
        ExecutorService workers = Executors.newFixedThreadPool(async ? 1 : concurrency, r -> {
            Thread t = new Thread(r, "timed-load-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            if (async) {
                Semaphore inFlight = new Semaphore(concurrency);
                for (int i = 0; i < n; i++) {
                    inFlight.acquire();
                    int index = i;
                    long start = System.nanoTime();
                    CompletionStage<SentMessage> stage;
                    try {
                        stage = client.async().chat().send(messages.get(i));
                    } catch (RuntimeException e) {
                        end(outcomes, nanos, done, index, start, Outcome.of(null, e));
                        inFlight.release();
                        continue;
                    }
                    stage.whenComplete((sent, error) -> {
                        end(outcomes, nanos, done, index, start, Outcome.of(sent, error));
                        inFlight.release();
                    });
                }
            } else {
                AtomicInteger next = new AtomicInteger();
                for (int w = 0; w < concurrency; w++) {
                    workers.execute(() -> {
                        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                            long start = System.nanoTime();
                            Outcome o;
                            try {
                                o = Outcome.of(client.chat().send(messages.get(i)), null);
                            } catch (RuntimeException e) {
                                o = Outcome.of(null, e);
                            }
                            end(outcomes, nanos, done, i, start, o);
                        }
                    });
                }
            }
            done.await(limit.toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            workers.shutdownNow();
        }
        Outcome[] result = new Outcome[n];
        long[] took = new long[n];
        for (int i = 0; i < n; i++) {
            Outcome o = outcomes.get(i);
            result[i] = o != null ? o : new Outcome(Outcome.Kind.NONE, null, null);
            took[i] = o != null ? nanos.get(i) : -1;
        }
        return new Result(result, took);
    }

    private static void end(AtomicReferenceArray<Outcome> outcomes, AtomicLongArray nanos, CountDownLatch done, int index,
            long start, Outcome outcome) {
        nanos.set(index, System.nanoTime() - start);
        outcomes.set(index, outcome);
        done.countDown();
    }
}
