package dev.acquire4j.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.tck.BoundedWaits;
import dev.acquire4j.tck.FakeServerBench;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What only the JDK transport must show against a hostile setting, blocking and async: a caller's
 * executor that rejects tasks gives a typed failure within the deadline plus {@link #SLACK}, never a
 * hang, and {@code close()} ends the idle connections of the HTTP client it created. The rules every
 * transport must keep (interim answers, bounded answers, trickled bodies, close during a send) are
 * the TCK's r11, run by {@link JdkBlockingContractTest} and {@link JdkAsyncContractTest}.
 */
class HostileServerTest {
    /** How far past its deadline a send may end: the README's promise. */
    private static final Duration SLACK = Duration.ofMillis(500);
    /** How long a test waits for a send that should end at once, before calling it hung. */
    private static final Duration HUNG = Duration.ofSeconds(10);

    /** How a test sends: each gives a future of the send's end, the send itself never blocking the test. */
    enum Style {
        BLOCKING, ASYNC;

        CompletableFuture<SentMessage> send(AcquireClient client, ChatMessage m, FakeServerBench bench) {
            return this == BLOCKING
                    ? bench.inBackground(() -> client.chat().send(m))
                    : client.async().chat().send(m).toCompletableFuture();
        }
    }

    private final FakeServerBench bench = FakeServerBench.start();
    private AcquireClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        bench.close();
    }

    private AcquireClient client(Consumer<ClientSettings.Builder> settings) {
        return client(settings, b -> { });
    }

    private AcquireClient client(Consumer<ClientSettings.Builder> settings, Consumer<JdkAcquireClient.Builder> transport) {
        ClientSettings.Builder s = bench.settings();
        settings.accept(s);
        JdkAcquireClient.Builder b = JdkAcquireClient.builder().settings(s.build());
        transport.accept(b);
        client = b.build();
        return client;
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void aRejectingExecutorEndsTheSendWithATypedFailureInTime(Style style) {
        Duration deadline = Duration.ofSeconds(2);
        AcquireClient c = client(s -> s.requestTimeout(Duration.ofSeconds(1)).sendDeadline(deadline),
                b -> b.executor(task -> {
                    throw new RejectedExecutionException("the caller's pool is full");
                }));
        long start = System.nanoTime();
        BoundedWaits.failure(style.send(c, bench.message(), bench), deadline.plus(SLACK).plus(Duration.ofSeconds(2)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(deadline.plus(SLACK)) <= 0, "ended after " + took.toMillis() + " ms");
    }

    @Test
    void closeReleasesIdleKeepAliveConnections() {
        AcquireClient c = client(s -> { });
        BoundedWaits.result(Style.BLOCKING.send(c, bench.message(), bench), HUNG);
        assertEquals(1, bench.server().openConnections(), "the connection is kept alive for the next send");
        c.close();
        BoundedWaits.until("close() must end idle connections", HUNG, () -> bench.server().openConnections() == 0);
        assertEquals(1, bench.server().requestCount(), "closing sends nothing to the server");
    }
}
