package dev.acquire4j.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.AuthenticationException;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OperationListener;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.faults.ServerFault;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What only the Vert.x transport does: futures, the event-loop rules, ownership, transport failures. */
class VertxAcquireClientTest {
    private static final ApiKey KEY = ApiKey.of("test-key-0123456789");
    private Vertx vertx;

    @BeforeEach
    void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void closeVertx() throws Exception {
        await(vertx.close());
    }

    static ClientSettings settings(URI base, Duration connectTimeout, Duration requestTimeout) {
        return ClientSettings.builder().baseUri(base).apiKey(KEY)
                .connectTimeout(connectTimeout).requestTimeout(requestTimeout).build();
    }

    static ChatMessage chat() {
        return ChatMessage.builder().caseId(CaseId.of(1)).contactId(ContactId.of(2)).text("hello").build();
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** {@return what the future failed with, unwrapped} */
    static Throwable failureOf(Future<?> future) throws Exception {
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(future));
        return e.getCause();
    }

    private VertxAcquireClient client(URI base, Duration connectTimeout, Duration requestTimeout) {
        return VertxAcquireClient.create(vertx, VertxAcquireOptions.of(settings(base, connectTimeout, requestTimeout)));
    }

    @Test
    void sendsTheProtocolsRequestAndReadsTheAnswer() throws Exception {
        try (LoopbackAcquire server = LoopbackAcquire.start();
                VertxAcquireClient client = client(server.baseUri(), Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            SentMessage sent = await(client.send(chat()));
            assertNotNull(sent);
            assertEquals("/api/v1/crm/messenger/chat/add-message?contactId=2&-x-user-type=user", server.lastUri());
            assertEquals(1, server.lastHeaders().getAll("User-Agent").size(), "Vert.x adds no User-Agent of its own");
            assertTrue(server.lastHeaders().get("User-Agent").startsWith("acquire4j/"), server.lastHeaders().get("User-Agent"));
            assertEquals("Bearer " + KEY.reveal(), server.lastHeaders().get("Authorization"));
            assertEquals("application/json", server.lastHeaders().get("Content-Type"));
        }
    }

    @Test
    void mapsEveryStatusThroughTheProtocol() throws Exception {
        try (LoopbackAcquire server = LoopbackAcquire.start();
                VertxAcquireClient client = client(server.baseUri(), Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            server.status(500);
            ServerErrorException e = assertInstanceOf(ServerErrorException.class, failureOf(client.send(chat())));
            assertTrue(e.mayHaveBeenSent());
            assertEquals(500, e.status().getAsInt());
            server.status(401);
            assertInstanceOf(AuthenticationException.class, failureOf(client.send(chat())));
        }
    }

    @Test
    void aRefusedConnectionIsNotSentInEveryStyle() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (VertxAcquireClient client = client(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            ConnectionFailedException e = assertInstanceOf(ConnectionFailedException.class, failureOf(client.send(chat())));
            assertFalse(e.mayHaveBeenSent());
            assertEquals(RetryPolicy.DEFAULT_MAX_ATTEMPTS, e.attempts(), "a refused connection is retried on Vert.x timers");
            assertFalse(e.getClass().getName().startsWith("io."), "never a Vert.x or Netty type");

            CompletableFuture<Throwable> stageError = new CompletableFuture<>();
            client.async().chat().send(chat()).whenComplete((ok, error) -> stageError.complete(error));
            assertInstanceOf(ConnectionFailedException.class, stageError.get(10, TimeUnit.SECONDS),
                    "the stage fails with our exception itself, not a CompletionException around it");

            assertThrows(ConnectionFailedException.class, () -> client.asAcquireClient().chat().send(chat()));
        }
    }

    @Test
    void noAnswerWithinTheRequestTimeoutIsOutcomeUnknown() throws Exception {
        try (LoopbackAcquire server = LoopbackAcquire.start().silent();
                VertxAcquireClient client = client(server.baseUri(), Duration.ofSeconds(5), Duration.ofMillis(300))) {
            ResponseTimeoutException e = assertInstanceOf(ResponseTimeoutException.class, failureOf(client.send(chat())));
            assertTrue(e.mayHaveBeenSent());
            assertTrue(server.awaitFirstRequest(Duration.ofSeconds(5)), "the server read the request");
            assertFalse(e.getMessage().contains(KEY.reveal()));
        }
    }

    /** Pins the wording {@code TransportErrors} recognises: waiting for a pooled connection is not sending. */
    @Test
    @SuppressWarnings("try") // closing a resource inside its try block is what this test checks
    void noPooledConnectionWithinTheConnectTimeoutIsNotSent() throws Exception {
        try (LoopbackAcquire server = LoopbackAcquire.start().silent();
                VertxAcquireClient client = VertxAcquireClient.create(vertx, VertxAcquireOptions.of(
                        settings(server.baseUri(), Duration.ofMillis(300), Duration.ofSeconds(5))).withMaxPoolSize(1))) {
            Future<SentMessage> holdsTheOnlyConnection = client.send(chat());
            assertTrue(server.awaitFirstRequest(Duration.ofSeconds(5)));
            ConnectionFailedException e = assertInstanceOf(ConnectionFailedException.class, failureOf(client.send(chat())));
            assertFalse(e.mayHaveBeenSent());
            assertEquals(RetryPolicy.DEFAULT_MAX_ATTEMPTS, e.attempts(), "not sent, so retried");
            assertEquals(1, server.requests());
            client.close();
            assertInstanceOf(SendFailedException.class, failureOf(holdsTheOnlyConnection));
        }
    }

    @Test
    void aServiceUnavailableWithRetryAfterIsRetriedAndStoredOnce() throws Exception {
        try (LoopbackAcquire server = LoopbackAcquire.start().unavailableOnce();
                VertxAcquireClient client = client(server.baseUri(), Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            assertNotNull(await(client.send(chat())));
            assertEquals(2, server.requests());
        }
    }

    @Test
    @SuppressWarnings("try") // closing a resource inside its try block is what this test checks
    void aDeadlineViewSharesTheClientAndClosingItClosesNothing() throws Exception {
        try (LoopbackAcquire server = LoopbackAcquire.start();
                VertxAcquireClient client = client(server.baseUri(), Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            VertxAcquireClient view = client.withSendDeadline(Duration.ofSeconds(3));
            view.close();
            view.asAcquireClient().withSendDeadline(Duration.ofSeconds(2)).close();
            assertNotNull(await(view.send(chat())));
            assertNotNull(client.asAcquireClient().withSendDeadline(Duration.ofSeconds(2)).chat().send(chat()));
            assertThrows(ValidationException.class, () -> client.withSendDeadline(Duration.ZERO));
            client.close();
            assertInstanceOf(NotSentException.class, failureOf(view.send(chat())), "closing the client closes its views");
        }
    }

    @Test
    void closeLeavesTheCallersVertxOpenAndRefusesLaterSends() throws Exception {
        VertxAcquireClient client = client(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(1), Duration.ofSeconds(1));
        client.close();
        client.close();
        await(client.closeAsync());
        assertEquals(42, await(vertx.executeBlocking(() -> 42)), "the caller's Vert.x still runs");

        NotSentException e = assertInstanceOf(NotSentException.class, failureOf(client.send(chat())));
        assertEquals(0, e.attempts());
        CompletableFuture<Throwable> stageError = new CompletableFuture<>();
        client.async().chat().send(chat()).whenComplete((ok, error) -> stageError.complete(error));
        assertInstanceOf(NotSentException.class, stageError.get(10, TimeUnit.SECONDS));
        assertEquals(0, assertThrows(NotSentException.class, () -> client.asAcquireClient().chat().send(chat())).attempts());
    }

    @Test
    void aStandaloneClientWorksAndClosesItsOwnVertx() throws Exception {
        try (LoopbackAcquire server = LoopbackAcquire.start()) {
            VertxAcquireClient client = VertxAcquireClient.createStandalone(
                    VertxAcquireOptions.of(settings(server.baseUri(), Duration.ofSeconds(5), Duration.ofSeconds(5))));
            assertNotNull(client.asAcquireClient().chat().send(chat()));
            client.asAcquireClient().close();
            assertTrue(client.closeAsync().isComplete(), "close() waited for its own Vert.x to stop");
            assertTrue(server.awaitNoOpenConnections(Duration.ofSeconds(5)));
        }
    }

    @Test
    void theBlockingFacadeRefusesToRunOnAnEventLoop() throws Exception {
        try (VertxAcquireClient client = client(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(1), Duration.ofSeconds(1))) {
            CompletableFuture<Throwable> thrown = new CompletableFuture<>();
            vertx.runOnContext(v -> {
                try {
                    client.asAcquireClient().chat().send(chat());
                    thrown.complete(null);
                } catch (RuntimeException e) {
                    thrown.complete(e);
                }
            });
            Throwable e = thrown.get(10, TimeUnit.SECONDS);
            assertInstanceOf(IllegalStateException.class, e);
            assertTrue(e.getMessage().contains("never block an event loop"), e.getMessage());
        }
    }

    @Test
    void theBlockingFacadeRunsOnAWorkerThread() throws Exception {
        try (LoopbackAcquire server = LoopbackAcquire.start();
                VertxAcquireClient client = client(server.baseUri(), Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            assertNotNull(await(vertx.executeBlocking(() -> client.asAcquireClient().chat().send(chat()))));
        }
    }

    @Test
    void nullArgumentsAndBadOptionsAreRefused() {
        assertThrows(NullPointerException.class, () -> VertxAcquireClient.create(null, null));
        ValidationException e = assertThrows(ValidationException.class, () -> new VertxAcquireOptions(
                null, 0, 0, Duration.ofMillis(1500)));
        assertTrue(e.hasViolationOn("settings"), e.getMessage());
        assertTrue(e.hasViolationOn("maxPoolSize"), e.getMessage());
        assertTrue(e.hasViolationOn("maxWaitQueueSize"), e.getMessage());
        assertTrue(e.hasViolationOn("keepAliveTimeout"), e.getMessage());
    }

    /**
     * Issue 18 item 5: a standalone client's send waiting to retry (503 with Retry-After: 20) ends
     * as not sent when the client is closed, although closing stops the Vert.x whose timer held the wait.
     */
    @Test
    void aStandaloneSendWaitingToRetryEndsAsNotSentAtClose() throws Exception {
        AcquireState state = new AcquireState();
        SupportCase c = state.openCase(Channel.CHAT);
        try (FakeAcquireServer server = new FakeAcquireServer(state).start()) {
            CountDownLatch waiting = new CountDownLatch(1);
            ClientSettings settings = ClientSettings.builder().baseUri(server.baseUri()).apiKey(state.validKey())
                    .listener(new OperationListener() {
                        @Override
                        public void retryScheduled(AttemptInfo failed, Duration delay, SendFailedException cause) {
                            waiting.countDown();
                        }
                    }).build();
            VertxAcquireClient client = VertxAcquireClient.createStandalone(VertxAcquireOptions.of(settings));
            server.script(ServerFault.status(503).withRetryAfter(Duration.ofSeconds(20)));
            Future<SentMessage> sending = client.send(ChatMessage.builder().caseId(c.id())
                    .contactId(c.contactId().orElseThrow()).text("waits to retry").build());
            assertTrue(waiting.await(10, TimeUnit.SECONDS), "the send is waiting to retry");
            client.close();
            NotSentException e = assertInstanceOf(NotSentException.class, failureOf(sending));
            assertEquals(1, e.attempts(), e.getMessage());
            assertEquals(0, state.messageCount());
        }
    }
}
