package dev.acquire4j.testkit.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A byte-for-byte TCP relay in front of the fake's {@code HttpServer}, which neither says how many
 * connections it holds nor can reset one: clients connect here, each connection is piped to the
 * server by two threads, so open connections can be counted, a connection can be reset (TCP RST)
 * or ended on purpose, and bytes the server cannot write (an interim {@code 1xx} answer) can be
 * put on the wire in order with the server's own. Thread-safe.
 */
public final class ConnectionRelay implements AutoCloseable, RawConnections {
    private static final int BUFFER = 16 * 1024;

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final ExecutorService threads;
    /** Open links by the local port of their socket to the server, i.e. the port the server sees as remote. */
    private final Map<Integer, Link> open = new ConcurrentHashMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final TlsLayer tls;

    /**
     * Binds a loopback port and starts relaying to the target.
     *
     * @param bind the loopback address and port to bind; port 0 picks an ephemeral one
     * @param target the server to relay to
     * @param threads runs the accept loop and two pumps per connection; shut down by {@link #close()}
     * @throws IOException if the port cannot be bound
     */
    public ConnectionRelay(InetSocketAddress bind, InetSocketAddress target, ExecutorService threads) throws IOException {
        this(bind, target, threads, null);
    }

    /**
     * Binds a loopback port and starts relaying to the target, speaking TLS to clients if asked:
     * TLS ends here and the server behind sees plain HTTP, so resets and raw writes work as without
     * TLS (raw bytes are encrypted like the server's own).
     *
     * @param bind the loopback address and port to bind; port 0 picks an ephemeral one
     * @param target the server to relay to
     * @param threads runs the accept loop and two pumps per connection; shut down by {@link #close()}
     * @param tls the server side of TLS, or {@code null} for plain TCP
     * @throws IOException if the port cannot be bound
     */
    public ConnectionRelay(InetSocketAddress bind, InetSocketAddress target, ExecutorService threads, TlsLayer tls)
            throws IOException {
        this.tls = tls;
        this.listener = bound(bind);
        this.target = target;
        this.threads = threads;
        threads.execute(this::acceptLoop);
    }

    private static ServerSocket bound(InetSocketAddress bind) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            // A fixed port a person chose must be usable again at once after the last run stopped.
            socket.setReuseAddress(true);
            socket.bind(bind, 128);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** {@return the address clients connect to} */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    /** {@return how many client connections are open now} */
    public int openConnections() {
        return open.size();
    }

    /** {@return how many client connections were accepted since the start} */
    public long acceptedConnections() {
        return accepted.get();
    }

    /**
     * Resets the client connection whose relayed socket the server sees as this remote address.
     *
     * @param serverSidePeer the remote address of an exchange, as the server saw it
     * @return whether such a connection was open
     */
    @Override
    public boolean reset(SocketAddress serverSidePeer) {
        Link link = link(serverSidePeer);
        if (link == null) {
            return false;
        }
        link.close(true);
        return true;
    }

    @Override
    public boolean write(SocketAddress serverSidePeer, byte[] bytes) {
        Link link = link(serverSidePeer);
        return link != null && link.toClient(bytes, 0, bytes.length);
    }

    @Override
    public boolean end(SocketAddress serverSidePeer) {
        Link link = link(serverSidePeer);
        if (link == null) {
            return false;
        }
        link.close(false);
        return true;
    }

    private Link link(SocketAddress serverSidePeer) {
        return serverSidePeer instanceof InetSocketAddress ? open.get(((InetSocketAddress) serverSidePeer).getPort()) : null;
    }

    private void acceptLoop() {
        while (!closed.get()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            accepted.incrementAndGet();
            try {
                Socket server = new Socket();
                server.setTcpNoDelay(true);
                server.connect(target);
                client.setTcpNoDelay(true);
                Link link = new Link(client, tls == null ? client : tls.layer(client), server);
                open.put(server.getLocalPort(), link);
                threads.execute(link::pumpToServer);
                threads.execute(link::pumpToClient);
            } catch (IOException | RuntimeException e) {
                // The server is gone or the relay is closing: the client sees its connection close.
                closeQuietly(client);
            }
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeQuietly(listener);
        open.values().forEach(link -> link.close(false));
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway
        }
    }

    /** One client connection and its socket to the server; either side ending ends both. */
    private final class Link {
        /** The TCP connection to the client: what a reset resets. */
        private final Socket client;
        /** What the client's bytes are read from and written to: the TCP connection, or TLS over it. */
        private final Socket clientStream;
        private final Socket server;
        private final int key;
        private final AtomicBoolean ended = new AtomicBoolean();
        /** Orders the server's bytes and bytes written by {@link #write} on their way to the client. */
        private final Object clientOut = new Object();

        Link(Socket client, Socket clientStream, Socket server) {
            this.client = client;
            this.clientStream = clientStream;
            this.server = server;
            this.key = server.getLocalPort();
        }

        void pumpToServer() {
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = clientStream.getInputStream()) {
                if (tls != null) {
                    tls.handshake(clientStream);
                }
                OutputStream out = server.getOutputStream();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side ended or was reset: end the link
            } finally {
                close(false);
            }
        }

        void pumpToClient() {
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = server.getInputStream()) {
                for (int n = in.read(buffer); n >= 0 && toClient(buffer, 0, n); n = in.read(buffer)) {
                    // relayed
                }
            } catch (IOException e) {
                // the other side ended or was reset: end the link
            } finally {
                close(false);
            }
        }

        /** {@return whether the bytes went to the client}; a failed write ends the link. */
        boolean toClient(byte[] bytes, int from, int length) {
            synchronized (clientOut) {
                try {
                    OutputStream out = clientStream.getOutputStream();
                    out.write(bytes, from, length);
                    out.flush();
                    return true;
                } catch (IOException e) {
                    close(false);
                    return false;
                }
            }
        }

        /** Ends the link; a reset makes the client's side send an RST rather than a FIN. */
        void close(boolean reset) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            if (reset) {
                try {
                    client.setSoLinger(true, 0);
                } catch (IOException e) {
                    // closed already: nothing to reset
                }
            }
            if (!reset) {
                closeQuietly(clientStream); // a TLS close_notify first; a reset skips it
            }
            closeQuietly(client);
            closeQuietly(server);
            open.remove(key);
        }
    }
}
