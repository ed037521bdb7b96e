package dev.acquire4j.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.tck.BoundedWaits;
import dev.acquire4j.tck.FakeServerBench;
import dev.acquire4j.testkit.faults.ServerFault;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
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

        CompletableFuture<SentMessage> send(VertxAcquireClient client, ChatMessage m, FakeServerBench bench) {
            return this == BLOCKING
                    ? bench.inBackground(() -> client.asAcquireClient().chat().send(m))
                    : client.send(m).toCompletionStage().toCompletableFuture();
        }
    }

    private final FakeServerBench bench = FakeServerBench.start();
    private VertxAcquireClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        bench.close();
    }

    private VertxAcquireClient client(Consumer<ClientSettings.Builder> settings) {
        ClientSettings.Builder s = bench.settings();
        settings.accept(s);
        client = VertxAcquireClient.createStandalone(VertxAcquireOptions.of(s.build()));
        return client;
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void closeEndsASendWaitingForItsAnswerAtOnce(Style style) {
        VertxAcquireClient c = client(s -> s.requestTimeout(Duration.ofSeconds(30)).sendDeadline(Duration.ofSeconds(60)));
        bench.server().script(ServerFault.delay(Duration.ofMinutes(2)));
        CompletableFuture<SentMessage> send = style.send(c, bench.message(), bench);
        BoundedWaits.until("the request arrives", HUNG, () -> bench.server().requestCount() >= 1);
        c.close();
        SendFailedException e = BoundedWaits.failure(send, Duration.ofSeconds(2));
        assertInstanceOf(OutcomeUnknownException.class, e, "the request was written: " + e);
        assertTrue(e.mayHaveBeenSent());
    }

    @Test
    void closeReleasesIdleKeepAliveConnections() {
        VertxAcquireClient c = client(s -> { });
        BoundedWaits.result(Style.BLOCKING.send(c, bench.message(), bench), HUNG);
        assertEquals(1, bench.server().openConnections(), "the connection is kept alive for the next send");
        c.close();
        BoundedWaits.until("close() must end idle connections", HUNG, () -> bench.server().openConnections() == 0);
        assertEquals(1, bench.server().requestCount(), "closing sends nothing to the server");
    }
}
