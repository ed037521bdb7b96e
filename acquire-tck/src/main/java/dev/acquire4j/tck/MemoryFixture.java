package dev.acquire4j.tck;

import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.InMemoryAcquire;
import dev.acquire4j.testkit.faults.FailureKind;
import dev.acquire4j.testkit.faults.ServerFault;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.net.URI;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Runs the contract against {@link InMemoryAcquire}: no wire, no retries, no transport faults, so no
 * {@link Capability}; final failures (statuses, unreadable answers) are scripted per client.
 */
final class MemoryFixture implements ContractFixture {
    private final SendStyle style;
    private final AcquireState state = new AcquireState();
    private final Queue<InMemoryAcquire> clients = new ConcurrentLinkedQueue<>();
    /** Failures scripted before any client existed; the first client made takes them. */
    private final Queue<Consumer<InMemoryAcquire>> pending = new ConcurrentLinkedQueue<>();

    /** Creates the fixture. */
    MemoryFixture(SendStyle style) {
        this.style = style;
    }

    @Override
    public void open() {
        // nothing to start
    }

    @Override
    public AcquireState state() {
        return state;
    }

    @Override
    public SendStyle style() {
        return style;
    }

    @Override
    public boolean supports(Capability capability) {
        return false;
    }

    /** Checks the settings like an adapter would, and keeps the key, role and case check; nothing waits in memory. */
    @Override
    public AcquireClient client(Consumer<ClientSettings.Builder> customiser) {
        ClientSettings.Builder b = ClientSettings.builder().baseUri(URI.create("http://127.0.0.1:1"))
                .apiKey(state.validKey());
        customiser.accept(b);
        ClientSettings settings = b.build();
        AcquireClient client = client(settings.apiKey(), settings.defaultSenderRole());
        if (!settings.confirmationPolicy().equals(ConfirmationPolicy.off())) {
            client = client.withConfirmationPolicy(settings.confirmationPolicy());
        }
        return settings.checkCaseBeforeSend() ? client.checked() : client;
    }

    /**
     * Takes what the in-memory client raises as a final failure: a status without
     * {@code Retry-After}, an unreadable 200 (stored), and the faults that store or not before an
     * unknown outcome ({@link MemoryFaults}). The rest needs a transport.
     */
    @Override
    public void script(ServerFault... faults) {
        for (ServerFault f : faults) {
            if (f.kind() == ServerFault.Kind.STATUS && f.retryAfter().isEmpty()) {
                failNext(f.status().orElseThrow(), f.errorCode().orElse(null));
            } else if (f.kind() == ServerFault.Kind.TRUNCATED_JSON || f.kind() == ServerFault.Kind.RAW_ANSWER) {
                script(c -> c.failNextWith(FailureKind.MALFORMED_RESPONSE));
            } else if (MemoryFaults.kindFor(f).isPresent()) {
                FailureKind kind = MemoryFaults.kindFor(f).get();
                script(c -> c.failNextWith(kind));
            } else if (f.kind() == ServerFault.Kind.STORE_LATER) {
                script(c -> c.timeOutNextThenStoreAfter(f.duration()));
            } else {
                throw new UnsupportedOperationException("the in-memory client has no transport to show " + f);
            }
        }
    }

    @Override
    public AcquireClient client(ApiKey key, SenderRole defaultRole) {
        InMemoryAcquire client = InMemoryAcquire.of(state, key, defaultRole);
        for (Consumer<InMemoryAcquire> script = pending.poll(); script != null; script = pending.poll()) {
            script.accept(client);
        }
        clients.add(client);
        return client;
    }

    @Override
    public List<RecordedRequest> requests() {
        throw new UnsupportedOperationException("the in-memory client sends no HTTP request");
    }

    @Override
    public void failNext(int status, String errorCode) {
        script(c -> c.failNextWithStatus(status, errorCode));
    }

    @Override
    public void answerNextWithRaw(String contentType, String body) {
        throw new UnsupportedOperationException("the in-memory client reads no HTTP answer");
    }

    @Override
    public void refuseConnections() {
        script(c -> c.failNextWith(FailureKind.CONNECTION_FAILED));
    }

    /** A server fails the next request whoever sends it; here each client's next send fails. */
    private void script(Consumer<InMemoryAcquire> failure) {
        if (clients.isEmpty()) {
            pending.add(failure);
        } else {
            clients.forEach(failure);
        }
    }

    @Override
    public void close() {
        clients.forEach(InMemoryAcquire::close);
    }
}
