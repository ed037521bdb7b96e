package dev.acquire4j.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.ServerFault;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile servers against the Vert.x transport's public API, as a standalone client's
 * {@code Future} and through its blocking view: a send ends within its deadline plus
 * {@link #SLACK} whatever the server does and whether or not the client closes meanwhile, answers
 * stay bounded in size, interim answers never stand for final ones nor shift answers between sends.
 * Fixture-neutral apart from {@link #client} and {@link Style}: the rules hold for every transport.
 */
class HostileServerTest {
    /** How far past its deadline a send may end: the README's promise. */
    private static final Duration SLACK = Duration.ofMillis(500);
    /** How long a test waits for a send that should end at once, before calling it hung. */
    private static final Duration HUNG = Duration.ofSeconds(10);

    /** How a test sends: each gives a future of the send's end, the send itself never blocking the test. */
    enum Style {
        BLOCKING, FUTURE;

        CompletableFuture<SentMessage> send(VertxAcquireClient client, ChatMessage m, ExecutorService callers) {
            return this == BLOCKING
                    ? CompletableFuture.supplyAsync(() -> client.asAcquireClient().chat().send(m), callers)
                    : client.sendChat(m).toCompletionStage().toCompletableFuture();
        }
    }

    private FakeAcquireServer server;
    private ChatMessage message;
    private ExecutorService callers;
    private VertxAcquireClient client;

    @BeforeEach
    void start() {
        server = new FakeAcquireServer().start();
        SupportCase c = server.state().openCase(Channel.CHAT);
        message = ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow()).text("hostile").build();
        callers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-test-caller");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        callers.shutdownNow();
        server.close();
    }

    private VertxAcquireClient client(Consumer<ClientSettings.Builder> settings) {
        ClientSettings.Builder s = ClientSettings.builder().baseUri(server.baseUri()).apiKey(server.state().validKey());
        settings.accept(s);
        client = VertxAcquireClient.createStandalone(VertxAcquireOptions.of(s.build()));
        return client;
    }

    /** {@return the send's failure, which must come within {@code within}} */
    private static SendFailedException failure(CompletableFuture<SentMessage> send, Duration within) {
        try {
            SentMessage m = send.get(within.toNanos(), TimeUnit.NANOSECONDS);
            return fail("the send should have failed, but returned " + m);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException ? e.getCause().getCause() : e.getCause();
            return assertInstanceOf(SendFailedException.class, cause, "a typed failure, not " + cause);
        } catch (TimeoutException e) {
            return fail("the send did not end within " + within + ": hung");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(e);
        }
    }

    private static SentMessage sent(CompletableFuture<SentMessage> send) {
        try {
            return send.get(HUNG.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            return fail("the send failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            return fail("the send did not end within " + HUNG);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(e);
        }
    }

    private void awaitNoOpenConnection(String why) {
        long end = System.nanoTime() + HUNG.toNanos();
        while (server.openConnections() > 0) {
            assertTrue(System.nanoTime() - end < 0, why + ": " + server.openConnections() + " connections still open");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private void awaitRequests(int n) {
        long end = System.nanoTime() + HUNG.toNanos();
        while (server.requestCount() < n) {
            assertTrue(System.nanoTime() - end < 0, "the request did not arrive");
            Thread.onSpinWait();
        }
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void closeEndsASendWaitingForItsAnswerAtOnce(Style style) {
        VertxAcquireClient c = client(s -> s.requestTimeout(Duration.ofSeconds(30)).sendDeadline(Duration.ofSeconds(60)));
        server.script(ServerFault.delay(Duration.ofMinutes(2)));
        CompletableFuture<SentMessage> send = style.send(c, message, callers);
        awaitRequests(1);
        c.close();
        SendFailedException e = failure(send, Duration.ofSeconds(2));
        assertInstanceOf(OutcomeUnknownException.class, e, "the request was written: " + e);
        assertTrue(e.mayHaveBeenSent());
    }

    @Test
    void closeReleasesIdleKeepAliveConnections() {
        VertxAcquireClient c = client(s -> { });
        sent(Style.BLOCKING.send(c, message, callers));
        assertEquals(1, server.openConnections(), "the connection is kept alive for the next send");
        c.close();
        awaitNoOpenConnection("close() must end idle connections");
        assertEquals(1, server.requestCount(), "closing sends nothing to the server");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void anOversizedSuccessIsMalformedNeverRetriedAndItsConnectionClosed(Style style) {
        VertxAcquireClient c = client(s -> s.retryPolicy(RetryPolicy.builder().retryOutcomeUnknown(true).build()));
        server.script(ServerFault.oversizedBody(5 << 20));
        SendFailedException e = failure(style.send(c, message, callers), HUNG);
        assertInstanceOf(MalformedResponseException.class, e, e.toString());
        assertTrue(e.getMessage().contains("1048576"), e.getMessage());
        assertEquals(1, server.requestCount(), "never retried");
        awaitNoOpenConnection("an oversized answer's connection is closed");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void anEndlessSuccessIsMalformedAndItsConnectionClosed(Style style) {
        VertxAcquireClient c = client(s -> s.maxAnswerBytes(64 << 10));
        server.script(ServerFault.endlessBody());
        SendFailedException e = failure(style.send(c, message, callers), HUNG);
        assertInstanceOf(MalformedResponseException.class, e, e.toString());
        assertEquals(1, server.requestCount());
        assertEquals(1, server.state().messageCount());
        awaitNoOpenConnection("an endless answer's connection is closed");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void aBodyTrickledAtOneBytePerSecondEndsWithinTheDeadline(Style style) {
        Duration deadline = Duration.ofMillis(1500);
        VertxAcquireClient c = client(s -> s.sendDeadline(deadline));
        server.script(ServerFault.trickledBody(Duration.ofSeconds(1)));
        long start = System.nanoTime();
        SendFailedException e = failure(style.send(c, message, callers), HUNG);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertInstanceOf(ResponseTimeoutException.class, e, e.toString());
        assertTrue(took.compareTo(deadline.plus(SLACK)) <= 0, "ended after " + took.toMillis() + " ms");
        awaitNoOpenConnection("a timed-out exchange's connection is closed");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void interimAnswersAreNeverFinal(Style style) {
        VertxAcquireClient c = client(s -> s.retryPolicy(RetryPolicy.none()));
        for (int status : new int[] {100, 102, 103}) {
            server.script(ServerFault.interim(status, Duration.ofMillis(20)));
            CompletableFuture<SentMessage> send = style.send(c, message, callers);
            if (status == 102) {
                // Either read past, or (where the HTTP client takes it for final) an unknown outcome.
                try {
                    send.get(HUNG.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() instanceof CompletionException ? e.getCause().getCause() : e.getCause();
                    assertInstanceOf(OutcomeUnknownException.class, cause, "after 102: " + cause);
                } catch (InterruptedException | TimeoutException e) {
                    fail(e);
                }
            } else {
                assertTrue(sent(send).id() != null, "after " + status + " the final answer counts");
            }
            SentMessage next = sent(style.send(c, message, callers));
            assertEquals(server.state().messages().get(server.state().messageCount() - 1).id(), next.id(),
                    "the next send gets its own answer");
        }
        assertEquals(6, server.state().messageCount());
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void aLateFinalAnswerAfterAnInterimOneGoesToItsOwnSend(Style style) {
        VertxAcquireClient c = client(s -> s.retryPolicy(RetryPolicy.none()));
        server.script(ServerFault.interim(102, Duration.ofMillis(300)), ServerFault.status(400));
        CompletableFuture<SentMessage> first = style.send(c, message, callers);
        SendFailedException firstFailure = null;
        SentMessage firstSent = null;
        try {
            firstSent = first.get(HUNG.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            firstFailure = assertInstanceOf(OutcomeUnknownException.class, e.getCause() instanceof CompletionException
                    ? e.getCause().getCause() : e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            fail(e);
        }
        SendFailedException second = failure(style.send(c, message, callers), HUNG);
        assertInstanceOf(RequestRejectedException.class, second, "send 2 gets its own 400, not send 1's 200: " + second);
        assertTrue(firstSent != null || firstFailure != null);
        assertEquals(1, server.state().messageCount());
    }
}
