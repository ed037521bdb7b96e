package dev.acquire4j.tck;

import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeTls;
import dev.acquire4j.testkit.records.RecordedRequest;
import dev.acquire4j.testkit.faults.ServerFault;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the contract suite runs one rule against: a fake account, clients of it, and the fakes'
 * controls. The suite makes a new fixture for every rule, calls {@link #open()} first and
 * {@link #close()} last. Implementations are used from several threads in the concurrency rules and
 * must be thread-safe.
 */
public interface ContractFixture extends AutoCloseable {
    /**
     * {@return a fixture that starts a {@link dev.acquire4j.testkit.FakeAcquireServer} per rule and
     * builds clients of it with the given factory; it supports every {@link Capability}}
     *
     * @param clientFactory builds the client under test from settings that point at the fake server
     *     (base URI, key, default sender role, short timeouts)
     * @param style how the suite sends
     */
    static ContractFixture overFakeServer(Function<ClientSettings, AcquireClient> clientFactory, SendStyle style) {
        return new ServerFixture(Objects.requireNonNull(clientFactory, "clientFactory"),
                Objects.requireNonNull(style, "style"));
    }

    /**
     * {@return a fixture of {@link dev.acquire4j.testkit.InMemoryAcquire}; it has no wire, so rules
     * that need a {@link Capability} are skipped}
     *
     * @param style how the suite sends
     */
    static ContractFixture inMemory(SendStyle style) {
        return new MemoryFixture(Objects.requireNonNull(style, "style"));
    }

    /** Starts what the fixture needs; called once before the rule. */
    void open();

    /** {@return the fake account the rule seeds and inspects} */
    AcquireState state();

    /** {@return how the suite sends} */
    SendStyle style();

    /**
     * {@return whether the fixture can show this}
     *
     * @param capability a capability
     */
    boolean supports(Capability capability);

    /**
     * {@return a new client of the fake account; the fixture closes it in {@link #close()}}
     *
     * @param key the key the client presents
     * @param defaultRole the client's default sender role
     */
    AcquireClient client(ApiKey key, SenderRole defaultRole);

    /** {@return a new client with the account's valid key and the default role {@link SenderRole#USER}} */
    default AcquireClient client() {
        return client(state().validKey(), SenderRole.USER);
    }

    /**
     * {@return a new client with the account's valid key and the role {@link SenderRole#USER}, and
     * settings changed by the customiser; the fixture closes it in {@link #close()}}
     *
     * <p>The fixture sets what it needs first (base URI, key, role, timeouts); the customiser may
     * then change any of it, typically the retry policy, the send deadline and the request timeout.
     * A fixture without {@link Capability#RETRIES} checks the settings but need not honour them.
     *
     * @param customiser changes the settings builder
     */
    AcquireClient client(Consumer<ClientSettings.Builder> customiser);

    /**
     * Queues faults for the coming requests, one per request, in order, as
     * {@link dev.acquire4j.testkit.FakeAcquireServer#script(ServerFault...)} does.
     *
     * <p>Every fixture takes a {@link ServerFault.Kind#STATUS} fault without {@code Retry-After}, and
     * {@link ServerFault.Kind#TRUNCATED_JSON} and {@link ServerFault.Kind#RAW_ANSWER} (a stored
     * message with an unreadable answer). Retryable statuses need {@link Capability#RETRIES}; delays,
     * drops, resets and slow bodies need {@link Capability#FAULTS}.
     *
     * @param faults the faults
     * @throws UnsupportedOperationException for a fault the fixture cannot show
     */
    void script(ServerFault... faults);

    /**
     * {@return every request that went over the wire so far}
     *
     * @throws UnsupportedOperationException without {@link Capability#WIRE}
     */
    List<RecordedRequest> requests();

    /**
     * Makes the next send fail as a server answering this status would; nothing is stored.
     *
     * @param status an HTTP status from 400 to 599
     * @param errorCode the {@code ERROR_*} code, or {@code null}
     */
    void failNext(int status, String errorCode);

    /**
     * Makes the next send be stored but answered 200 with this raw body.
     *
     * @param contentType the answer's content type
     * @param body the answer's body
     * @throws UnsupportedOperationException without {@link Capability#RAW_ANSWERS}
     */
    void answerNextWithRaw(String contentType, String body);

    /**
     * {@return how many client connections to the fake server are open now}
     *
     * @throws UnsupportedOperationException without {@link Capability#HOSTILE} (the default)
     */
    default int openConnections() {
        throw new UnsupportedOperationException("this fixture has no connections to count");
    }

    /**
     * Serves HTTPS with this TLS from now on, over the same fake account; clients made afterwards
     * get settings for it, trusting its certificate when {@code trusted} and only the JVM's default
     * trust otherwise. Counts ({@link #requests()}, {@link #acceptedConnections()}) start again.
     *
     * @param tls the certificate and protocols the server uses
     * @param trusted whether clients made afterwards trust the certificate
     * @throws UnsupportedOperationException without {@link Capability#TLS} (the default)
     */
    default void serveTls(FakeTls tls, boolean trusted) {
        throw new UnsupportedOperationException("this fixture has no wire to serve TLS on");
    }

    /**
     * {@return how many connections clients opened to the server (TCP accepts, TLS handshakes that
     * failed included)}
     *
     * @throws UnsupportedOperationException without {@link Capability#TLS} (the default)
     */
    default long acceptedConnections() {
        throw new UnsupportedOperationException("this fixture has no connections to count");
    }

    /**
     * {@return the TLS protocol each completed handshake agreed on, in order}
     *
     * @throws UnsupportedOperationException without {@link Capability#TLS} (the default)
     */
    default List<String> tlsProtocols() {
        throw new UnsupportedOperationException("this fixture speaks no TLS");
    }

    /** Makes at least the next send unable to connect (for a server: stops it). */
    void refuseConnections();

    /** Closes every client the fixture made, then what it started. Does not throw. */
    @Override
    void close();
}
