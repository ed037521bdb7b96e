package dev.acquire4j.testkit.internal.contract;

import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FailureKind;
import dev.acquire4j.testkit.InMemoryAcquire;
import dev.acquire4j.testkit.RecordedRequest;
import dev.acquire4j.testkit.contract.Capability;
import dev.acquire4j.testkit.contract.ContractFixture;
import dev.acquire4j.testkit.contract.SendStyle;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/** Runs the contract against {@link InMemoryAcquire}: no wire, so no {@link Capability}. */
public final class MemoryFixture implements ContractFixture {
    private final SendStyle style;
    private final AcquireState state = new AcquireState();
    private final Queue<InMemoryAcquire> clients = new ConcurrentLinkedQueue<>();
    /** Failures scripted before any client existed; the first client made takes them. */
    private final Queue<Consumer<InMemoryAcquire>> pending = new ConcurrentLinkedQueue<>();

    /** Creates the fixture. */
    public MemoryFixture(SendStyle style) {
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
