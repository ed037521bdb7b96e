package dev.acquire4j.testkit.internal.http;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The server side of TLS over an accepted TCP connection, and the protocol each handshake agreed on.
 * Thread-safe.
 */
public final class TlsLayer {
    private final SSLContext context;
    private final String[] protocols;
    private final Queue<String> negotiated = new ConcurrentLinkedQueue<>();

    /**
     * Creates the layer.
     *
     * @param context holds the server's key and certificate
     * @param protocols the protocols offered, e.g. {@code TLSv1.3} and {@code TLSv1.2}
     */
    public TlsLayer(SSLContext context, String[] protocols) {
        this.context = context;
        this.protocols = protocols.clone();
    }

    /** {@return a server-mode TLS socket over the TCP connection; closing it closes the connection} */
    Socket layer(Socket tcp) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(tcp, null, true);
        socket.setUseClientMode(false);
        socket.setEnabledProtocols(protocols);
        return socket;
    }

    /** Completes the handshake and records its protocol; a client that refuses it fails this. */
    void handshake(Socket socket) throws IOException {
        SSLSocket tls = (SSLSocket) socket;
        tls.startHandshake();
        negotiated.add(tls.getSession().getProtocol());
    }

    /** {@return the protocol of every completed handshake so far, in order} */
    public List<String> negotiatedProtocols() {
        return List.copyOf(negotiated);
    }
}
