/**
 * The acquire4j wire protocol, shared by the transports: endpoints and request bodies, answer
 * parsing, and the mapping of HTTP statuses and transport failures to the errors of
 * {@code dev.acquire4j.ports}.
 *
 * <p>Internal: the package is exported only to the acquire4j modules that speak HTTP. Jackson is
 * used inside and never appears in a signature.
 */
module dev.acquire4j.protocol {
    requires transitive dev.acquire4j.ports;
    requires com.fasterxml.jackson.core;

    exports dev.acquire4j.protocol to
            dev.acquire4j.adapter.jdk,
            dev.acquire4j.adapter.vertx,
            dev.acquire4j.testkit,
            dev.acquire4j.cli;
}
