package dev.acquire4j.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.faults.ServerFault;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What only the JDK transport does: ownership of threads, redirects, and transport failures. */
class JdkAcquireClientTest {
    private static final ApiKey KEY = ApiKey.of("test-key-0123456789");

    private static ClientSettings settings(URI base, Duration requestTimeout) {
        return ClientSettings.builder().baseUri(base).apiKey(KEY)
                .connectTimeout(Duration.ofSeconds(5)).requestTimeout(requestTimeout).build();
    }

    private static ChatMessage chat() {
        return ChatMessage.builder().caseId(CaseId.of(1)).contactId(ContactId.of(2)).text("hello").build();
    }

    @Test
    void refusesAnHttpClientThatFollowsRedirects() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        ValidationException e = assertThrows(ValidationException.class, () -> JdkAcquireClient.builder()
                .settings(settings(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(1)))
                .httpClient(following).build());
        assertTrue(e.hasViolationOn("httpClient"), e.getMessage());
    }

    @Test
    void requiresSettings() {
        ValidationException e = assertThrows(ValidationException.class, () -> JdkAcquireClient.builder().build());
        assertTrue(e.hasViolationOn("settings"), e.getMessage());
    }

    @Test
    void aRefusedConnectionIsNotSent() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (AcquireClient client = JdkAcquireClient.builder()
                .settings(settings(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(5))).build()) {
            ConnectionFailedException e = assertThrows(ConnectionFailedException.class, () -> client.chat().send(chat()));
            assertFalse(e.mayHaveBeenSent());
            assertEquals(RetryPolicy.DEFAULT_MAX_ATTEMPTS, e.attempts(), "a refused connection is retried");
            CompletionException async = assertThrows(CompletionException.class,
                    () -> client.async().chat().send(chat()).toCompletableFuture().join());
            assertInstanceOf(ConnectionFailedException.class, async.getCause());
        }
    }

    @Test
    void noAnswerWithinTheRequestTimeoutIsOutcomeUnknown() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            CountDownLatch requestRead = new CountDownLatch(1);
            Thread acceptor = new Thread(() -> swallow(silent, requestRead));
            acceptor.setDaemon(true);
            acceptor.start();
            try (AcquireClient client = JdkAcquireClient.builder()
                    .settings(settings(URI.create("http://127.0.0.1:" + silent.getLocalPort()), Duration.ofMillis(300)))
                    .build()) {
                ResponseTimeoutException e = assertThrows(ResponseTimeoutException.class, () -> client.chat().send(chat()));
                assertTrue(e.mayHaveBeenSent());
                assertTrue(requestRead.await(5, TimeUnit.SECONDS), "the server read the request");
                assertFalse(e.getMessage().contains(KEY.reveal()));
            }
        }
    }

    @Test
    void anAnswerTricklingPastTheRequestTimeoutIsCutShort() throws Exception {
        try (ServerSocket slow = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> trickle(slow));
            server.setDaemon(true);
            server.start();
            try (AcquireClient client = JdkAcquireClient.builder()
                    .settings(settings(URI.create("http://127.0.0.1:" + slow.getLocalPort()), Duration.ofMillis(500)))
                    .build()) {
                long start = System.nanoTime();
                ResponseTimeoutException e = assertThrows(ResponseTimeoutException.class, () -> client.chat().send(chat()));
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(e.mayHaveBeenSent());
                // Headers come at once and a byte every 100 ms for 10 s: only a bound on the whole
                // exchange, not the header timeout, ends the send this early.
                assertTrue(millis < 3_000, "cut after " + millis + " ms");
            }
        }
    }

    @Test
    void closeLeavesTheCallersExecutorRunningAndRefusesLaterSends() {
        ExecutorService mine = Executors.newSingleThreadExecutor();
        try {
            AcquireClient client = JdkAcquireClient.builder()
                    .settings(settings(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(1)))
                    .executor(mine).build();
            client.close();
            client.close();
            assertFalse(mine.isShutdown());
            NotSentException e = assertThrows(NotSentException.class, () -> client.chat().send(chat()));
            assertEquals(0, e.attempts());
            CompletionException async = assertThrows(CompletionException.class,
                    () -> client.async().chat().send(chat()).toCompletableFuture().join());
            assertInstanceOf(NotSentException.class, async.getCause());
        } finally {
            mine.shutdownNow();
        }
    }

    @Test
    void closeEndsASendInFlightAtOnceAsAnUnknownOutcome() {
        try (FakeAcquireServer server = new FakeAcquireServer().start()) {
            SupportCase c = server.state().openCase(Channel.CHAT);
            AcquireClient client = JdkAcquireClient.builder().settings(ClientSettings.builder()
                    .baseUri(server.baseUri()).apiKey(server.state().validKey()).build()).build();
            server.script(ServerFault.delay(Duration.ofMinutes(1)));
            CompletableFuture<SentMessage> sending = client.async().chat().send(ChatMessage.builder().caseId(c.id())
                    .contactId(c.contactId().orElseThrow()).text("closed mid-send").build()).toCompletableFuture();
            awaitRequests(server, 1);
            long start = System.nanoTime();
            client.close();
            CompletionException e = assertThrows(CompletionException.class, sending::join);
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0,
                    "the send ended with the client, not with its 30 s request timeout");
            OutcomeUnknownException unknown = assertInstanceOf(OutcomeUnknownException.class, e.getCause());
            assertEquals(1, unknown.attempts());
        }
    }

    @Test
    void aSendClosedBetweenAttemptsCountsTheAttemptMade() {
        try (FakeAcquireServer server = new FakeAcquireServer().start()) {
            SupportCase c = server.state().openCase(Channel.CHAT);
            AcquireClient client = JdkAcquireClient.builder().settings(ClientSettings.builder()
                    .baseUri(server.baseUri()).apiKey(server.state().validKey()).build()).build();
            server.script(ServerFault.status(503).withRetryAfter(Duration.ofSeconds(1)));
            CompletableFuture<SentMessage> sending = client.async().chat().send(ChatMessage.builder().caseId(c.id())
                    .contactId(c.contactId().orElseThrow()).text("closed mid-send").build()).toCompletableFuture();
            awaitRequests(server, 1);
            client.close();
            // Closed during the 503's exchange (an unknown outcome) or during the wait before the
            // retry (not sent): either way one request was made and no second one.
            CompletionException e = assertThrows(CompletionException.class, sending::join);
            assertEquals(1, assertInstanceOf(SendFailedException.class, e.getCause()).attempts());
            assertEquals(1, server.requestCount());
        }
    }

    private static void awaitRequests(FakeAcquireServer server, int count) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.requestCount() < count) {
            assertTrue(System.nanoTime() - end < 0, "the server did not receive " + count + " requests");
            Thread.onSpinWait();
        }
    }

    /** Reads the request, sends the headers of a 1,000-byte answer, then one byte every 100 ms. */
    private static void trickle(ServerSocket server) {
        try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
            in.read(new byte[8192]);
            s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (int i = 0; i < 100; i++) {
                s.getOutputStream().write(' ');
                s.getOutputStream().flush();
                Thread.sleep(100);
            }
        } catch (IOException ignored) {
            // the client closed the connection: expected
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the request and never answers, so the client's request timeout fires. */
    private static void swallow(ServerSocket server, CountDownLatch requestRead) {
        try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
            byte[] buffer = new byte[8192];
            if (in.read(buffer) > 0) {
                requestRead.countDown();
            }
            while (in.read(buffer) >= 0) {
                // keep the connection open until the client gives up
            }
        } catch (IOException ignored) {
            // the client closed the connection: expected
        }
    }
}
