/**
 * The acquire4j client core and wire protocol, shared by the transports.
 *
 * <ul>
 *   <li>{@code dev.acquire4j.protocol.spi}: the transport SPI an adapter implements ({@code Transport},
 *       {@code WireRequest}, {@code WireAnswer}, {@code Header}).</li>
 *   <li>{@code dev.acquire4j.protocol.core}: {@code ClientCore}, which implements every port once over a
 *       {@code Transport}.</li>
 *   <li>{@code dev.acquire4j.protocol}: the wire format (requests, answers, the status-to-exception
 *       table) and the retry loop; the core's and the fakes' own.</li>
 * </ul>
 *
 * <p>Internal: exported only to the acquire4j modules that need it. Jackson is used inside and never
 * appears in a signature. See {@code docs/architecture.md}.
 */
module dev.acquire4j.protocol {
    requires transitive dev.acquire4j.ports;
    requires com.fasterxml.jackson.core;

    exports dev.acquire4j.protocol.spi to
            dev.acquire4j.adapter.jdk,
            dev.acquire4j.adapter.vertx;
    exports dev.acquire4j.protocol.core to
            dev.acquire4j.adapter.jdk,
            dev.acquire4j.adapter.vertx;
    exports dev.acquire4j.protocol to
            dev.acquire4j.testkit,
            dev.acquire4j.cli;
}
