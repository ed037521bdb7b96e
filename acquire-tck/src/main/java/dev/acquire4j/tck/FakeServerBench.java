package dev.acquire4j.tck;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.testkit.FakeAcquireServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * What a transport's own tests against a {@link FakeAcquireServer} start with: the server, started,
 * with an open chat case and a chat message to it, settings that point at it, and daemon threads to
 * make blocking sends on, so that a test waits for them with {@link BoundedWaits} and never hangs.
 * Start one per test; {@link #close()} ends the caller threads and the server. Thread-safe.
 *
 * <pre>{@code
 * try (FakeServerBench bench = FakeServerBench.start();
 *         AcquireClient client = JdkAcquireClient.builder().settings(bench.settings().build()).build()) {
 *     CompletableFuture<SentMessage> send = bench.inBackground(() -> client.chat().send(bench.message()));
 *     BoundedWaits.result(send, Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class FakeServerBench implements AutoCloseable {
    private final FakeAcquireServer server;
    private final ChatMessage message;
    private final ExecutorService callers;

    private FakeServerBench() {
        this.server = new FakeAcquireServer().start();
        SupportCase c = server.state().openCase(Channel.CHAT);
        this.message = ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow()).text("bench").build();
        this.callers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "acquire4j-tck-bench-caller");
            t.setDaemon(true);
            return t;
        });
    }

    /** {@return a bench with its server started on a loopback ephemeral port} */
    public static FakeServerBench start() {
        return new FakeServerBench();
    }

    /** {@return the fake server, to script faults and count requests and connections} */
    public FakeAcquireServer server() {
        return server;
    }

    /** {@return a valid chat message to the server's open case} */
    public ChatMessage message() {
        return message;
    }

    /** {@return a settings builder with the server's base URI and valid key; the rest as defaults} */
    public ClientSettings.Builder settings() {
        return ClientSettings.builder().baseUri(server.baseUri()).apiKey(server.state().validKey());
    }

    /**
     * {@return the future of a blocking call, made on a daemon caller thread of the bench}
     *
     * @param <T> the call's result
     * @param blockingCall the call, a blocking send say; what it throws fails the future
     */
    public <T> CompletableFuture<T> inBackground(Supplier<T> blockingCall) {
        return CompletableFuture.supplyAsync(blockingCall, callers);
    }

    /** Interrupts the caller threads still busy, then closes the server. */
    @Override
    public void close() {
        callers.shutdownNow();
        server.close();
    }
}
