package dev.acquire4j.testkit.internal.http;

import java.net.SocketAddress;

/**
 * What the fake server's handlers can do to a client connection beyond what {@code HttpServer}
 * allows, through the relay in front of it: write bytes the server cannot (interim {@code 1xx}
 * answers, a head that promises more body than comes), end it, or reset it. Each takes the remote
 * address an exchange saw, and answers {@code false} when no such connection is open. Thread-safe.
 */
public interface RawConnections {
    /**
     * Resets the connection (TCP RST).
     *
     * @param serverSidePeer the remote address of an exchange, as the server saw it
     * @return whether such a connection was open
     */
    boolean reset(SocketAddress serverSidePeer);

    /**
     * Writes bytes to the client at once, ahead of anything the server writes later.
     *
     * @param serverSidePeer the remote address of an exchange, as the server saw it
     * @param bytes the bytes, as they go on the wire
     * @return whether such a connection was open and took the bytes
     */
    boolean write(SocketAddress serverSidePeer, byte[] bytes);

    /**
     * Closes the connection in order (FIN), after what was written.
     *
     * @param serverSidePeer the remote address of an exchange, as the server saw it
     * @return whether such a connection was open
     */
    boolean end(SocketAddress serverSidePeer);
}
