package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractSupport.startAsync;
import static dev.acquire4j.tck.RuleConstants.SENDS_PER_THREAD;
import static dev.acquire4j.tck.RuleConstants.THREADS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.testkit.records.StoredMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules r6: one client is shared by threads, closes cleanly, and its async stages fail with acquire4j types. */
public interface ConcurrencyRules extends RuleGroup {
    /**
     * Tests that concurrent sends from several threads through one client are each stored exactly once.
     *
     * @throws Exception if the sending threads are interrupted or fail unexpectedly
     */
    @Test
    default void r6_1_concurrentSendsAreEachStoredOnce() throws Exception {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SentMessage>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                for (int i = 0; i < SENDS_PER_THREAD; i++) {
                    String text = "thread " + t + " message " + i;
                    results.add(pool.submit(() -> {
                        start.await();
                        return support().send(client, chat(c, text));
                    }));
                }
            }
            start.countDown();
            for (Future<SentMessage> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<StoredMessage> stored = support().state().messages();
        int total = THREADS * SENDS_PER_THREAD;
        assertEquals(total, stored.size());
        assertEquals(total, stored.stream().map(StoredMessage::text).distinct().count(), "each text stored once");
        assertEquals(total, stored.stream().map(StoredMessage::id).collect(Collectors.toSet()).size());
        if (support().current().supports(Capability.WIRE)) {
            assertEquals(total, support().current().requests().size(), "one request per send");
        }
    }

    /** Tests that a send after close() fails with NotSentException and makes no request. */
    @Test
    default void r6_2_sendAfterCloseIsNotSent() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client();
        client.close();
        NotSentException e = support().sendFails(NotSentException.class, client, chat(c, "too late"));
        assertFalse(e.mayHaveBeenSent());
        support().assertNothingSentOrStored();
    }

    /** Tests that close() may be called twice without throwing. */
    @Test
    default void r6_3_closeIsIdempotent() {
        AcquireClient client = support().current().client();
        client.close();
        client.close();
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that a failed async stage holds the acquire4j exception itself, not wrapped in a CompletionException. */
    @Test
    default void r6_4_failedAsyncStageHoldsTheAcquireExceptionItself() {
        org.junit.jupiter.api.Assumptions.assumeTrue(support().current().style() == SendStyle.ASYNC,
                "only async sends have stages; the blocking fixture covers the same failure as a thrown exception");
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().state().closeCase(c.id());
        Throwable failure = startAsync(support().current().client(), chat(c, "closed"))
                .handle((sent, error) -> error).toCompletableFuture().join();
        assertFalse(failure instanceof CompletionException,
                "the stage should fail with the acquire4j exception itself, not " + failure);
        assertTrue(failure instanceof RequestRejectedException, "failed with " + failure);
    }
}
