package dev.acquire4j.tck.internal.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP CONNECT proxy on {@code 127.0.0.1} and an ephemeral port, for the contract's proxy
 * rules: it opens tunnels to loopback targets only, can refuse every tunnel with a status, or ask
 * for Basic credentials (407), and counts what it saw. After its {@code 200} it relays bytes both
 * ways and reads no further requests on that connection. Thread-safe.
 */
public final class ConnectProxy implements AutoCloseable {
    private static final int MAX_HEAD = 8 * 1024;

    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-connect-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Queue<Socket> sockets = new ConcurrentLinkedQueue<>();
    private final Queue<String> targets = new ConcurrentLinkedQueue<>();
    private final Queue<String> authorizations = new ConcurrentLinkedQueue<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger tunnels = new AtomicInteger();
    private volatile int refusal;
    private volatile String expectedAuthorization;

    /** Binds loopback and starts accepting. */
    public ConnectProxy() {
        try {
            listener = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the test proxy on loopback", e);
        }
        threads.execute(this::acceptLoop);
    }

    /** {@return the port clients connect to} */
    public int port() {
        return listener.getLocalPort();
    }

    /**
     * Refuses every tunnel from now on with this status, e.g. 403.
     *
     * @param status an HTTP status of 400 or more
     * @return this proxy
     */
    public ConnectProxy refuseWith(int status) {
        this.refusal = status;
        return this;
    }

    /**
     * Answers 407 to a {@code CONNECT} without these Basic credentials, from now on.
     *
     * @param username the user name
     * @param password the password
     * @return this proxy
     */
    public ConnectProxy requireCredentials(String username, String password) {
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** {@return how many TCP connections clients opened to the proxy} */
    public int connections() {
        return connections.get();
    }

    /** {@return how many tunnels the proxy opened (answered 200), at most one per connection} */
    public int tunnels() {
        return tunnels.get();
    }

    /** {@return the {@code host:port} of every {@code CONNECT} request, refused ones included, in order} */
    public List<String> targets() {
        return List.copyOf(targets);
    }

    /** {@return the {@code Proxy-Authorization} values received, in order} */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                sockets.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            List<String> head = readHead(in);
            String[] requestLine = head.isEmpty() ? new String[0] : head.get(0).split(" ");
            if (requestLine.length != 3 || !requestLine[0].equals("CONNECT")) {
                answer(out, "405 Method Not Allowed", "");
                return;
            }
            String target = requestLine[1];
            targets.add(target);
            String authorization = header(head, "proxy-authorization");
            if (authorization != null) {
                authorizations.add(authorization);
            }
            int refused = refusal;
            String expected = expectedAuthorization;
            if (refused != 0) {
                answer(out, refused + " Refused", "");
            } else if (expected != null && !expected.equals(authorization)) {
                answer(out, "407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"acquire4j-test\"\r\n");
            } else {
                tunnel(client, target);
            }
        } catch (IOException e) {
            // the client went away: nothing to relay
        } finally {
            closeQuietly(client);
        }
    }

    /** Opens the tunnel to a loopback target and relays until either side ends. */
    private void tunnel(Socket client, String target) throws IOException {
        int colon = target.lastIndexOf(':');
        String host = target.substring(0, colon);
        if (!host.equals("127.0.0.1") && !host.equalsIgnoreCase("localhost")) {
            answer(client.getOutputStream(), "403 Loopback Only", "");
            return;
        }
        try (Socket server = new Socket()) {
            server.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}),
                    Integer.parseInt(target.substring(colon + 1))));
            sockets.add(server);
            tunnels.incrementAndGet();
            client.getOutputStream().write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            threads.execute(() -> pipe(server, client));
            pipe(client, server);
        }
    }

    private static void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side ended or was reset
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void answer(OutputStream out, String status, String headers) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads the request head byte by byte, so that no byte of the tunnelled stream is taken. */
    private static List<String> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4 && head.size() < MAX_HEAD) {
            int b = in.read();
            if (b < 0) {
                return List.of();
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return List.of(head.toString(StandardCharsets.ISO_8859_1).split("\r\n"));
    }

    private static String header(List<String> head, String lowerCaseName) {
        for (String line : head.subList(1, head.size())) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway
        }
    }

    /** Stops accepting and ends every connection and tunnel. */
    @Override
    public void close() {
        closeQuietly(listener);
        sockets.forEach(ConnectProxy::closeQuietly);
        threads.shutdownNow();
    }
}
