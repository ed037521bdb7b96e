package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.FaultSupport.TOLERANCE;
import static dev.acquire4j.tck.FaultSupport.assertEndedWithin;
import static dev.acquire4j.tck.FaultSupport.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.testkit.faults.ServerFault;
import dev.acquire4j.testkit.records.StoredMessage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * Rules r11: a hostile server (or an unlucky network) on the wire. Interim {@code 1xx} answers are
 * never taken as final and never shift answers between sends; answers are bounded in size (a
 * larger 2xx is an unknown outcome, never retried); a trickled body cannot hold a send past its
 * deadline; {@code close()} ends a send waiting for its answer at once; a 2xx whose body breaks or
 * is late is never retried. Every rule needs
 * {@link Capability#HOSTILE}.
 */
public interface HostileServerRules extends RuleGroup {
    /** How long a rule waits for a send that must end, before calling it hung. */
    Duration HUNG = Duration.ofSeconds(10);

    /** Tests that after a 100, 102 or 103 the send gets its own answer (or, after a 102, an unknown outcome), and the next send its own. */
    @Test
    default void r11_1_interimAnswersAreNeverFinal() {
        support().assume(Capability.HOSTILE, "the in-memory client has no wire to send interim answers on");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(RetryPolicy.none()));
        for (int status : new int[] {100, 102, 103}) {
            support().current().script(ServerFault.interim(status, Duration.ofMillis(20)));
            CompletableFuture<SentMessage> first = start(client, chat(c, "after " + status));
            Throwable error = outcome(first);
            if (error != null) {
                // Only where the HTTP client takes a 102 for final may the exchange end, as an unknown outcome.
                assertEquals(102, status, "after " + status + " the final answer counts: " + error);
                assertInstanceOf(OutcomeUnknownException.class, error, "after 102: " + error);
            } else {
                assertOwnAnswer(first.join(), "after " + status, "after " + status);
            }
            assertOwnAnswer(outcomeOk(start(client, chat(c, "next after " + status))), "next after " + status,
                    "the send after a " + status);
        }
        eventually("every message stored once", () -> support().state().messageCount() == 6);
    }

    /** Tests that a late 200 after a 102 never reaches the next send, which gets its own 400. */
    @Test
    default void r11_2_aLateFinalAnswerAfterAnInterimOneGoesToItsOwnSend() {
        support().assume(Capability.HOSTILE, "the in-memory client has no wire to send interim answers on");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(RetryPolicy.none()));
        support().current().script(ServerFault.interim(102, Duration.ofMillis(300)), ServerFault.status(400));
        CompletableFuture<SentMessage> first = start(client, chat(c, "processing"));
        Throwable error = outcome(first);
        if (error == null) {
            assertOwnAnswer(first.join(), "processing", "send 1");
        } else {
            assertInstanceOf(OutcomeUnknownException.class, error, "send 1: " + error);
        }
        RequestRejectedException second = support().sendFails(RequestRejectedException.class, client, chat(c, "refused"));
        assertEquals(400, second.status().orElse(-1), "send 2 gets its own 400, not send 1's 200");
        eventually("send 1 stored, send 2 not", () -> support().state().messageCount() == 1);
    }

    /** Tests that a 2xx over maxAnswerBytes is a MalformedResponseException, never retried even when opted in, its connection closed. */
    @Test
    default void r11_3_anOversizedSuccessIsMalformedAndNeverRetried() {
        support().assume(Capability.HOSTILE, "the in-memory client has no answer bodies");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.maxAnswerBytes(64 << 10)
                .retryPolicy(RetryPolicy.builder().retryOutcomeUnknown(true).build()));
        support().current().script(ServerFault.oversizedBody(5 << 20));
        MalformedResponseException e = support().sendFails(MalformedResponseException.class, client, chat(c, "big"));
        assertTrue(e.getMessage().contains(Integer.toString(64 << 10)), e.getMessage());
        assertTrue(e.mayHaveBeenSent());
        assertEquals(1, e.attempts(), "never retried");
        assertEquals(1, support().requestsSeen());
        eventually("the oversized answer's connection is closed", () -> support().current().openConnections() == 0);
    }

    /** Tests that a 2xx that never ends is a MalformedResponseException once the limit is read, its connection closed. */
    @Test
    default void r11_4_anEndlessSuccessIsMalformedAndItsConnectionClosed() {
        support().assume(Capability.HOSTILE, "the in-memory client has no answer bodies");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.maxAnswerBytes(64 << 10).sendDeadline(HUNG));
        support().current().script(ServerFault.endlessBody());
        long start = System.nanoTime();
        support().sendFails(MalformedResponseException.class, client, chat(c, "endless"));
        assertEndedWithin(start, HUNG, "a send against an endless answer");
        assertEquals(1, support().requestsSeen());
        assertEquals(1, support().state().messageCount());
        eventually("the endless answer's connection is closed", () -> support().current().openConnections() == 0);
    }

    /** Tests that a body trickled at one byte a second ends the send within its deadline plus the slack, its connection closed. */
    @Test
    default void r11_5_aTrickledBodyEndsWithinTheDeadline() {
        support().assume(Capability.HOSTILE, "the in-memory client has no answer bodies");
        SupportCase c = support().state().openCase(Channel.CHAT);
        Duration deadline = Duration.ofMillis(1500);
        AcquireClient client = support().current().client(s -> s.sendDeadline(deadline).requestTimeout(deadline));
        support().current().script(ServerFault.trickledBody(Duration.ofSeconds(1)));
        long start = System.nanoTime();
        support().sendFails(ResponseTimeoutException.class, client, chat(c, "trickled"));
        assertEndedWithin(start, deadline.plus(TOLERANCE), "a send with a 1.5 s deadline against a trickled body");
        eventually("the timed-out exchange's connection is closed", () -> support().current().openConnections() == 0);
    }

    /** Tests that close() ends a send waiting for its answer at once, as an unknown outcome. */
    @Test
    default void r11_6_closeEndsASendWaitingForItsAnswerAtOnce() {
        support().assume(Capability.HOSTILE, "the in-memory client answers at once");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.requestTimeout(Duration.ofSeconds(30))
                .sendDeadline(Duration.ofSeconds(60)));
        support().current().script(ServerFault.delay(Duration.ofMinutes(2)));
        CompletableFuture<SentMessage> send = start(client, chat(c, "waiting"));
        eventually("the request reached the server", () -> support().requestsSeen() == 1);
        long start = System.nanoTime();
        client.close();
        Throwable error = outcome(send);
        assertEndedWithin(start, TOLERANCE, "a send in flight after close()");
        assertInstanceOf(OutcomeUnknownException.class, error, "the request was written: " + error);
    }

    /**
     * Tests that a 2xx cut mid-body is an unknown outcome that keeps its 2xx status and is never
     * retried, even by a policy that retries unknown outcomes: the server processed the request.
     */
    @Test
    default void r11_7_aSuccessCutMidBodyIsNeverRetried() {
        support().assume(Capability.HOSTILE, "the in-memory client has no answer bodies");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(FaultSupport.fastRetries()
                .retryOutcomeUnknown(true).build()));
        support().current().script(ServerFault.cutMidBody());
        MalformedResponseException e = support().sendFails(MalformedResponseException.class, client, chat(c, "cut"));
        assertTrue(e.mayHaveBeenSent());
        assertEquals(200, e.status().orElse(-1), e.getMessage());
        assertEquals(1, e.attempts(), "never retried");
        assertEquals(1, support().requestsSeen());
        assertEquals(1, support().state().messageCount(), "stored once");
    }

    /**
     * Tests that a 2xx whose body is still coming when the request timeout ends is a timeout that
     * keeps its 2xx status and is never retried, even by a policy that retries unknown outcomes.
     */
    @Test
    default void r11_8_aSuccessTimedOutMidBodyIsNeverRetried() {
        support().assume(Capability.HOSTILE, "the in-memory client has no answer bodies");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.requestTimeout(Duration.ofMillis(500))
                .sendDeadline(HUNG).retryPolicy(FaultSupport.fastRetries()
                        .retryOutcomeUnknown(true).build()));
        support().current().script(ServerFault.trickledBody(Duration.ofSeconds(1)));
        ResponseTimeoutException e = support().sendFails(ResponseTimeoutException.class, client, chat(c, "slow"));
        assertEquals(200, e.status().orElse(-1), e.getMessage());
        assertEquals(1, e.attempts(), "never retried");
        assertEquals(1, support().requestsSeen());
        assertEquals(1, support().state().messageCount(), "stored once");
    }

    /**
     * Tests that an answer with a head larger than a transport reads (16 KiB and 512 KiB of headers;
     * Vert.x reads 8 KiB, the JDK 384 KiB) is read, or is an unknown outcome that is never retried,
     * even by a policy that retries unknown outcomes: an answer came, so the server had the request.
     */
    @Test
    default void r11_9_anAnswerWithOversizedHeadersIsNeverRetried() {
        support().assume(Capability.HOSTILE, "the in-memory client has no answer heads");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(FaultSupport.fastRetries()
                .retryOutcomeUnknown(true).build()));
        int[] sizes = {16 << 10, 512 << 10};
        for (int i = 0; i < sizes.length; i++) {
            support().current().script(ServerFault.oversizedHeaders(sizes[i]));
            String text = "big head " + i;
            try {
                assertOwnAnswer(support().send(client, chat(c, text)), text, "the send with " + sizes[i] + " bytes of headers");
            } catch (MalformedResponseException e) {
                assertTrue(e.mayHaveBeenSent(), e.getMessage());
                assertEquals(1, e.attempts(), "never retried: " + e.getMessage());
            }
            assertEquals(i + 1, support().requestsSeen(), "one request for the send with " + sizes[i] + " bytes of headers");
            assertEquals(i + 1, support().state().messageCount(), "stored once");
        }
    }

    /** {@return the send, started in the fixture's style without blocking the rule (a blocking send on a thread of its own)} */
    private CompletableFuture<SentMessage> start(AcquireClient client, ChatMessage message) {
        if (support().current().style() == SendStyle.BLOCKING) {
            CompletableFuture<SentMessage> result = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                try {
                    result.complete(client.chat().send(message));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }, "acquire4j-tck-hostile-caller");
            caller.setDaemon(true);
            caller.start();
            return result;
        }
        CompletionStage<SentMessage> stage = ContractSupport.startAsync(client, message);
        return stage.toCompletableFuture();
    }

    /** {@return the send's failure (a {@link SendFailedException}), or {@code null} if it succeeded; fails the rule if it hangs} */
    private static Throwable outcome(CompletableFuture<SentMessage> send) {
        return BoundedWaits.ending(send, HUNG).orElse(null);
    }

    private static SentMessage outcomeOk(CompletableFuture<SentMessage> send) {
        return BoundedWaits.result(send, HUNG);
    }

    /** Checks that what a send returned is the message the server stored for that very send, sent with this text. */
    private void assertOwnAnswer(SentMessage sent, String text, String what) {
        StoredMessage stored = support().state().messages().stream().filter(m -> m.id().equals(sent.id()))
                .findFirst().orElseThrow(() -> new AssertionError(what + ": no stored message has id " + sent.id()));
        assertEquals(text, stored.text(), what + " got the answer of another send");
    }
}
