package dev.acquire4j.tck;

/** What a fixture can show beyond what every client must do; rules that need more are skipped. */
public enum Capability {
    /** The requests are recorded as they went over the wire ({@link ContractFixture#requests()}). */
    WIRE,
    /** The fixture can answer a send with an arbitrary raw 200 body ({@link ContractFixture#answerNextWithRaw}). */
    RAW_ANSWERS,
    /**
     * The client retries and keeps its deadline as its {@link dev.acquire4j.ports.ClientSettings}
     * say ({@link ContractFixture#client(java.util.function.Consumer)}), and the fixture can script
     * answers that it retries: 429, 503 with {@code Retry-After}, refused connections.
     */
    RETRIES,
    /**
     * The fixture can script faults below HTTP status codes ({@link ContractFixture#script}): late
     * answers, dropped and reset connections, slow bodies; and the client keeps its deadlines
     * against them.
     */
    FAULTS,
    /**
     * The client reports its operations to the {@link dev.acquire4j.ports.OperationListener} of its
     * {@link dev.acquire4j.ports.ClientSettings} ({@link ContractFixture#client(java.util.function.Consumer)}).
     */
    LISTENER,
    /**
     * The fixture has a wire a server can abuse: it can script hostile answers ({@code ServerFault}s
     * for interim {@code 1xx} answers, endless, oversized and trickled bodies) and count the client's
     * open connections ({@link ContractFixture#openConnections()}).
     */
    HOSTILE,
    /**
     * The fixture can serve HTTPS with a certificate of its making ({@link ContractFixture#serveTls}),
     * count connection attempts and report the negotiated TLS protocols; the client speaks TLS and
     * checks certificates and host names.
     */
    TLS,
    /**
     * The client reaches the fixture's server through the HTTP proxy of its
     * {@link dev.acquire4j.ports.ClientSettings} (a {@code CONNECT} tunnel), with Basic credentials
     * when the proxy asks; needs {@link #TLS} too.
     */
    PROXY,
    /**
     * The client writes one line per operation to the {@code System.Logger} {@code dev.acquire4j.send},
     * as every client over the library's core does; the suite reads it through
     * {@code java.util.logging} (a rule is skipped with its reason if this JVM routes
     * {@code System.Logger} elsewhere).
     */
    LOG_LINES
}
