package dev.acquire4j.cli;

import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.vertx.VertxAcquireClient;
import dev.acquire4j.vertx.VertxAcquireOptions;

/** Builds a client for each {@link Transport}: the one place that knows the adapters. */
final class Transports {
    private Transports() {}

    /**
     * Opens a client on the transport.
     *
     * @param transport the transport
     * @param settings where to send, the key and the timeouts
     * @return the client; the caller closes it
     */
    static AcquireClient open(Transport transport, ClientSettings settings) {
        switch (transport) {
            case JDK:
                return JdkAcquireClient.builder().settings(settings).build();
            case VERTX:
                // A standalone client owns its Vert.x instance; closing the blocking view closes both.
                // The command's thread is not an event loop, so the blocking view may wait on it.
                return VertxAcquireClient.createStandalone(VertxAcquireOptions.of(settings)).asAcquireClient();
            default:
                throw new IllegalStateException("no factory for the transport " + transport);
        }
    }
}
