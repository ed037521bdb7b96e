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
import dev.acquire4j.testkit.faults.ServerFault;
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
 * What only the Vert.x transport must show against a hostile setting: a standalone client (which
 * owns its Vert.x) ends a send waiting for its answer at once on {@code close()}, as a native
 * {@code Future} and through its blocking view, and ends its idle connections. The rules every
 * transport must keep (interim answers, bounded answers, trickled bodies, close during a send on a
 * shared Vert.x) are the TCK's r11, run by {@link VertxBlockingContractTest} and {@link VertxAsyncContractTest}.
 */
class HostileServerTest {
    /** How long a test waits for a send that should end at once, before calling it hung. */
    private static final Duration HUNG = Duration.ofSeconds(10);

    /** How a test sends: each gives a future of the send's end, the send itself never blocking the test. */
    enum Style {
        BLOCKING, FUTURE;

        CompletableFuture<SentMessage> send(VertxAcquireClient client, ChatMessage m, ExecutorService callers) {
            return this == BLOCKING
                    ? CompletableFuture.supplyAsync(() -> client.asAcquireClient().chat().send(m), callers)
                    : client.send(m).toCompletionStage().toCompletableFuture();
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
}
