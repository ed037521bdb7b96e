package dev.acquire4j.tck;

import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.FakeTls;
import dev.acquire4j.testkit.records.RecordedRequest;
import dev.acquire4j.testkit.faults.ServerFault;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs the contract against a client built by the adapter, talking to a fresh fake server. */
final class ServerFixture implements ContractFixture {
    /** Short enough that a broken adapter fails a rule quickly, long enough for a loaded CI machine. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final Function<ClientSettings, AcquireClient> factory;
    private final SendStyle style;
    private final AcquireState state = new AcquireState();
    /** Replaced, over the same state, when the rule asks for TLS. */
    private volatile FakeAcquireServer server = new FakeAcquireServer(state);
    /** What clients trust, or {@code null} for the JVM's default. */
    private volatile KeyStore trust;
    private final Queue<AcquireClient> clients = new ConcurrentLinkedQueue<>();

    /** Creates the fixture; {@link #open()} starts the server. */
    ServerFixture(Function<ClientSettings, AcquireClient> factory, SendStyle style) {
        this.factory = factory;
        this.style = style;
    }

    @Override
    public void open() {
        server.start();
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
        return true;
    }

    @Override
    public void serveTls(FakeTls tls, boolean trusted) {
        FakeAcquireServer plain = server;
        server = new FakeAcquireServer(state).tls(tls).start();
        trust = trusted ? tls.trustStore() : null;
        plain.close();
    }

    @Override
    public long acceptedConnections() {
        return server.acceptedConnections();
    }

    @Override
    public List<String> tlsProtocols() {
        return server.tlsProtocols();
    }

    @Override
    public AcquireClient client(ApiKey key, SenderRole defaultRole) {
        return client(b -> b.apiKey(key).defaultSenderRole(defaultRole));
    }

    @Override
    public AcquireClient client(Consumer<ClientSettings.Builder> customiser) {
        ClientSettings.Builder settings = ClientSettings.builder()
                .baseUri(server.baseUri())
                .apiKey(state.validKey())
                .trustStore(trust)
                .defaultSenderRole(SenderRole.USER)
                .connectTimeout(CONNECT_TIMEOUT)
                .requestTimeout(REQUEST_TIMEOUT);
        customiser.accept(settings);
        AcquireClient client = factory.apply(settings.build());
        clients.add(client);
        return client;
    }

    @Override
    public int openConnections() {
        return server.openConnections();
    }

    @Override
    public void script(ServerFault... faults) {
        server.script(faults);
    }

    @Override
    public List<RecordedRequest> requests() {
        return server.requests();
    }

    @Override
    public void failNext(int status, String errorCode) {
        server.failNext(status, errorCode);
    }

    @Override
    public void answerNextWithRaw(String contentType, String body) {
        server.answerNextWithRaw(contentType, body);
    }

    @Override
    public void refuseConnections() {
        server.close();
    }

    @Override
    public void close() {
        for (AcquireClient client : clients) {
            try {
                client.close();
            } catch (RuntimeException e) {
                // close() must not throw; a rule checks that, teardown must still stop the server
            }
        }
        server.close();
    }
}
