package dev.acquire4j.cli;

import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.vertx.VertxAcquireClient;
import dev.acquire4j.vertx.VertxAcquireOptions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds a client for each {@link Transport}: the one place that knows the adapters. Adding a
 * transport is a dependency in the pom, a case in {@link #open}, and {@code true} in
 * {@link #isBuilt}.
 */
final class Transports {
    private Transports() {}

    /**
     * {@return whether this build of the command carries the transport}
     *
     * @param transport the transport
     */
    static boolean isBuilt(Transport transport) {
        switch (transport) {
            case JDK:
                return true;
            case VERTX:
                return true;
            default:
                return false;
        }
    }

    /** {@return the transports this build carries, in declaration order} */
    static List<Transport> built() {
        return Arrays.stream(Transport.values()).filter(Transports::isBuilt).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Refuses a transport this build does not carry.
     *
     * @param transport the transport asked for
     * @throws UsageException if it is not built
     */
    static void requireBuilt(Transport transport) {
        if (!isBuilt(transport)) {
            throw new UsageException("The " + displayName(transport) + " transport is not built yet; use --transport "
                    + built().stream().map(Transport::cliName).collect(Collectors.joining(" or ")) + ".");
        }
    }

    /**
     * Opens a client on the transport.
     *
     * @param transport the transport
     * @param settings where to send, the key and the timeouts
     * @return the client; the caller closes it
     * @throws UsageException if the transport is not built
     */
    static AcquireClient open(Transport transport, ClientSettings settings) {
        requireBuilt(transport);
        switch (transport) {
            case JDK:
                return JdkAcquireClient.builder().settings(settings).build();
            case VERTX:
                // A standalone client owns its Vert.x instance; closing the blocking view closes both.
                // The command's thread is not an event loop, so the blocking view may wait on it.
                return VertxAcquireClient.createStandalone(VertxAcquireOptions.of(settings)).asAcquireClient();
            default:
                throw new IllegalStateException("no factory for the built transport " + transport);
        }
    }

    private static String displayName(Transport transport) {
        return transport == Transport.VERTX ? "Vert.x" : transport.cliName();
    }
}
