package dev.acquire4j.jdk;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.faults.ServerFault;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tests that an attempt given up on by timeout also gives up its connection, blocking and async. */
class JdkTimeoutReleaseTest {
    private static final Duration DEADLINE = Duration.ofMillis(300);

    private FakeAcquireServer server;
    private AcquireClient client;
    private ChatMessage message;

    @BeforeEach
    void start() {
        server = new FakeAcquireServer().start();
        SupportCase c = server.state().openCase(Channel.CHAT);
        message = ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow()).text("late").build();
        client = JdkAcquireClient.builder().settings(ClientSettings.builder().baseUri(server.baseUri())
                .apiKey(server.state().validKey()).sendDeadline(DEADLINE).build()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void blockingTimeoutClosesItsConnection() {
        server.script(ServerFault.delay(Duration.ofMinutes(1)));
        assertThrows(ResponseTimeoutException.class, () -> client.chat().send(message));
        awaitNoOpenConnection();
    }

    @Test
    void asyncTimeoutClosesItsConnection() {
        server.script(ServerFault.delay(Duration.ofMinutes(1)));
        CompletionException e = assertThrows(CompletionException.class,
                () -> client.async().chat().send(message).toCompletableFuture().join());
        assertTrue(e.getCause() instanceof ResponseTimeoutException, String.valueOf(e.getCause()));
        awaitNoOpenConnection();
    }

    @Test
    void blockingTimeoutInASlowBodyClosesItsConnection() {
        server.script(ServerFault.slowBody(Duration.ofMinutes(1)));
        assertThrows(ResponseTimeoutException.class, () -> client.chat().send(message));
        awaitNoOpenConnection();
    }

    @Test
    void asyncTimeoutInASlowBodyClosesItsConnection() {
        server.script(ServerFault.slowBody(Duration.ofMinutes(1)));
        CompletionException e = assertThrows(CompletionException.class,
                () -> client.async().chat().send(message).toCompletableFuture().join());
        assertTrue(e.getCause() instanceof ResponseTimeoutException, String.valueOf(e.getCause()));
        awaitNoOpenConnection();
    }

    private void awaitNoOpenConnection() {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.openConnections() > 0) {
            assertTrue(System.nanoTime() - end < 0, "the timed-out exchange still holds its connection");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
