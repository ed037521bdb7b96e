package dev.acquire4j.testkit;

import com.sun.net.httpserver.HttpServer;
import dev.acquire4j.testkit.faults.FaultPlan;
import dev.acquire4j.testkit.faults.ServerFault;
import dev.acquire4j.testkit.internal.http.ConnectionRelay;
import dev.acquire4j.testkit.internal.http.DaemonThreads;
import dev.acquire4j.testkit.internal.http.ExchangeHandler;
import dev.acquire4j.testkit.internal.http.RawConnections;
import dev.acquire4j.testkit.internal.http.TlsLayer;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An embedded fake of the Acquire send API on {@code 127.0.0.1} and an ephemeral port, over an
 * {@link AcquireState}. Thread-safe; start it, point a client at {@link #baseUri()}, close it.
 *
 * <pre>{@code
 * try (FakeAcquireServer server = new FakeAcquireServer().start()) {
 *     SupportCase c = server.state().openCase(Channel.CHAT);
 *     ClientSettings settings = ClientSettings.builder()
 *         .baseUri(server.baseUri()).apiKey(server.state().validKey()).build();
 *     // ... send through any adapter, then:
 *     assertEquals(1, server.requestCount());
 *     assertEquals(1, server.state().messageCount());
 * }
 * }</pre>
 *
 * <p>It serves the endpoints of docs/wire-protocol.md and checks each request as strictly
 * as the real API would. Refusals answer with the body
 * {@code {"status":"error","type":"ERROR_*","message":"..."}} (the real API documents only the codes;
 * this shape is ours):
 * <ul>
 *   <li>unknown path: 404 {@code ERROR_RECORD_NOT_FOUND}; known path, other method than POST: 405
 *       {@code ERROR_INVALID_INPUT} with {@code Allow: POST};</li>
 *   <li>missing or wrong {@code Authorization: Bearer} key: 401 {@code ERROR_UNAUTHORIZED}; the
 *       state's forbidden key: 403 {@code ERROR_UNAUTHORIZED_ACCESS};</li>
 *   <li>{@code Content-Type} other than {@code application/json} (UTF-8), a body that is not JSON,
 *       a missing or mistyped field, a bad {@code -x-user-type}, a number not in E.164, differing
 *       chat {@code caseId}s: 400 {@code ERROR_INVALID_INPUT}, naming the field;</li>
 *   <li>an unknown case: 404 {@code ERROR_RECORD_NOT_FOUND}; a case that is not active, of another
 *       contact, not on the email channel (mail) or on another timeline (SMS): 400
 *       {@code ERROR_INVALID_INPUT}.</li>
 * </ul>
 * Unknown JSON fields and query parameters are ignored, as the docs' own raw examples carry some.
 * A valid send is stored once in the state and answered 200 in the shape of the docs' example.
 *
 * <p>Every request is recorded ({@link #requests()}), whatever its answer; stored messages are
 * counted apart, in {@link AcquireState#messageCount()}.
 *
 * <p>Faults: {@link #script(ServerFault...)} queues one {@link ServerFault} per coming request
 * (error statuses with or without {@code Retry-After}, late answers, dropped and reset connections,
 * truncated, non-JSON and slow bodies, and hostile answers: interim {@code 1xx} answers, endless,
 * oversized, trickled and cut bodies, oversized headers); requests without a scripted fault draw one from the
 * {@link #faultPlan(FaultPlan)}, if any. Clients connect through a relay that counts their
 * connections ({@link #openConnections()}), so a test can prove none leaked.
 *
 * <p>HTTPS: {@link #tls(FakeTls)} before {@link #start()} serves TLS with a certificate made at
 * start-up (see {@link FakeTls}); faults, counts and resets work the same over it.
 */
public final class FakeAcquireServer implements AutoCloseable {
    private final AcquireState state;
    private final ExchangeHandler handler;
    private final Object lifecycle = new Object();
    private final FaultSource faults = new FaultSource();
    private HttpServer server;
    private ExecutorService executor;
    private volatile ConnectionRelay relay;
    private volatile boolean closed;
    private volatile FakeTls tls;
    private volatile TlsLayer tlsLayer;

    /** Creates a server over a new, empty {@link AcquireState}; call {@link #start()}. */
    public FakeAcquireServer() {
        this(new AcquireState());
    }

    /**
     * Creates a server over a state the test seeds and inspects; call {@link #start()}.
     *
     * @param state the fake account
     */
    public FakeAcquireServer(AcquireState state) {
        this.state = Objects.requireNonNull(state, "state");
        this.handler = new ExchangeHandler(state.ledger(), state.keys(), faults, new RawConnections() {
            @Override
            public boolean reset(SocketAddress peer) {
                ConnectionRelay r = currentRelay();
                return r != null && r.reset(peer);
            }

            @Override
            public boolean write(SocketAddress peer, byte[] bytes) {
                ConnectionRelay r = currentRelay();
                return r != null && r.write(peer, bytes);
            }

            @Override
            public boolean end(SocketAddress peer) {
                ConnectionRelay r = currentRelay();
                return r != null && r.end(peer);
            }
        });
    }

    /**
     * Binds {@code 127.0.0.1} on an ephemeral port and starts serving. Idempotent while running.
     *
     * @return this server
     * @throws IllegalStateException if the server was closed
     * @throws UncheckedIOException if the port cannot be bound
     */
    public FakeAcquireServer start() {
        return start(0);
    }

    /**
     * Binds {@code 127.0.0.1} on the given port and starts serving, e.g. for a fake server a person
     * runs by hand on a port they know. Idempotent while running (the port of a later call is ignored).
     *
     * @param port the loopback port clients connect to, 1 to 65535; 0 picks a free ephemeral port
     * @return this server
     * @throws IllegalArgumentException if the port is outside 0 to 65535
     * @throws IllegalStateException if the server was closed
     * @throws UncheckedIOException if the port cannot be bound (e.g. it is in use)
     */
    public FakeAcquireServer start(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("the fake server was closed; create a new one");
            }
            if (server != null) {
                return this;
            }
            try {
                // 127.0.0.1 literally: getLoopbackAddress() may give ::1 when IPv6 is preferred.
                InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
                server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
                // Cached: a late or slow answer holds its thread, and must not hold up the others.
                executor = DaemonThreads.cachedPool("fake-acquire-server-");
                server.setExecutor(executor);
                server.createContext("/", handler);
                server.start();
                FakeTls t = tls;
                tlsLayer = t == null ? null : new TlsLayer(t.serverContext(), t.protocolArray());
                relay = new ConnectionRelay(new InetSocketAddress(loopback, port), server.getAddress(),
                        DaemonThreads.cachedPool("fake-acquire-relay-"), tlsLayer);
            } catch (IOException e) {
                close();
                throw new UncheckedIOException("cannot bind the fake Acquire server on loopback"
                        + (port == 0 ? "" : " port " + port), e);
            }
            return this;
        }
    }

    /**
     * {@return the base URI to give a client, e.g. {@code http://127.0.0.1:53122}, or
     * {@code https://127.0.0.1:53122} when serving {@linkplain #tls(FakeTls) TLS}}
     *
     * @throws IllegalStateException if the server is not running
     */
    public URI baseUri() {
        synchronized (lifecycle) {
            if (server == null || closed) {
                throw new IllegalStateException("the fake server is not running; call start()");
            }
            InetSocketAddress address = relay.address();
            return URI.create((tls == null ? "http://" : "https://") + address.getAddress().getHostAddress() + ":" + address.getPort());
        }
    }

    /**
     * Serves HTTPS with this TLS instead of plain HTTP, from {@link #start()} on: TLS ends in front
     * of the server, so every fault, reset and count works as over plain HTTP. Hand the client
     * {@link FakeTls#trustStore()} or {@link FakeTls#clientContext()}.
     *
     * @param serverTls the certificate and protocols, e.g. {@link FakeTls#forLoopback()}
     * @return this server
     * @throws IllegalStateException if the server was started already
     */
    public FakeAcquireServer tls(FakeTls serverTls) {
        Objects.requireNonNull(serverTls, "serverTls");
        synchronized (lifecycle) {
            if (server != null || closed) {
                throw new IllegalStateException("choose TLS before start()");
            }
            this.tls = serverTls;
            return this;
        }
    }

    /** {@return the TLS this server serves, or empty for plain HTTP} */
    public Optional<FakeTls> tls() {
        return Optional.ofNullable(tls);
    }

    /**
     * {@return the TLS protocol of every completed handshake so far, in order (e.g. {@code TLSv1.3});
     * empty for plain HTTP}: a client that refused the certificate completed none
     */
    public List<String> tlsProtocols() {
        TlsLayer layer = tlsLayer;
        return layer == null ? List.of() : layer.negotiatedProtocols();
    }

    /** {@return the fake account this server serves} */
    public AcquireState state() {
        return state;
    }

    /** {@return every request received so far, in arrival order, refused ones included} */
    public List<RecordedRequest> requests() {
        return handler.received();
    }

    /** {@return how many requests were received so far, refused and faulted ones included} */
    public int requestCount() {
        return handler.receivedCount();
    }

    /**
     * {@return how many client connections are open now}: a client that was closed (and, for a
     * JDK 17 {@code HttpClient}, collected) leaves none behind. 0 before {@link #start()} and after
     * {@link #close()}.
     */
    public int openConnections() {
        ConnectionRelay r = currentRelay();
        return r == null ? 0 : r.openConnections();
    }

    /** {@return how many client connections were accepted since the start} */
    public long acceptedConnections() {
        ConnectionRelay r = currentRelay();
        return r == null ? 0 : r.acceptedConnections();
    }

    /** {@return how many requests met a fault, scripted or drawn} */
    public int faultsInjected() {
        return handler.faultsInjected();
    }

    /**
     * Queues faults for the coming requests, one each, in order, ahead of the {@link #faultPlan};
     * calls add to the queue. {@link ServerFault#none()} leaves a request alone.
     *
     * @param faults the faults
     * @return this server
     */
    public FakeAcquireServer script(ServerFault... faults) {
        this.faults.script(faults);
        return this;
    }

    /**
     * Draws a random fault for each request that has no scripted one, from now on, replacing any
     * earlier plan. {@link FaultPlan#none()} stops drawing.
     *
     * @param plan the plan
     * @return this server
     */
    public FakeAcquireServer faultPlan(FaultPlan plan) {
        faults.plan(plan);
        return this;
    }

    /**
     * Makes the next request fail with an error status before it is routed: nothing is stored.
     * Calls queue up, one fault per request; the same as {@code script(ServerFault.status(status, errorCode))}.
     *
     * @param status the HTTP status, e.g. 500
     * @param errorCode the {@code ERROR_*} code for the error body, or {@code null} for none
     * @return this server
     */
    public FakeAcquireServer failNext(int status, String errorCode) {
        return script(ServerFault.status(status, errorCode));
    }

    /**
     * Handles the next request as usual (a valid send is stored) but answers it 200 with this raw
     * body, like a server that stored the message and then answered something unreadable. A request
     * that is refused keeps its refusal. Calls queue up; the same as
     * {@code script(ServerFault.rawAnswer(contentType, body))}.
     *
     * @param contentType the {@code Content-Type} of the answer
     * @param body the answer body, e.g. {@code "<html>Bad gateway</html>"} or a JSON text cut short
     * @return this server
     */
    public FakeAcquireServer answerNextWithRaw(String contentType, String body) {
        return script(ServerFault.rawAnswer(contentType, body));
    }

    /** Stops serving and shuts down the server's own threads. Idempotent; does not throw. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            if (relay != null) {
                relay.close();
            }
            if (server != null) {
                server.stop(0);
            }
            if (executor != null) {
                // Interrupts answers that are waiting on purpose (late and slow bodies).
                executor.shutdownNow();
                try {
                    executor.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Not under the lifecycle lock: a handler resetting a connection must not wait for close(). */
    private ConnectionRelay currentRelay() {
        return closed ? null : relay;
    }

}
