package dev.acquire4j.jdk.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * The executor of an {@link HttpClient} the client created, which also ends that HTTP client's
 * idle keep-alive connections on close.
 *
 * <p>JDK 17's {@code HttpClient} has no {@code close()}: its connections live until it is
 * garbage-collected or its pool's keep-alive timeout (system property
 * {@code jdk.httpclient.keepalive.timeout}, 1200 s) passes. What ends them at once is its selector
 * thread having a task refused by the executor: the HTTP client then shuts itself down, failing
 * what is pending and closing every connection. So {@link #close(HttpClient)} shuts the pool down,
 * then starts one request to a loopback port that was just closed: its first step runs on the
 * closing thread, the connect's outcome reaches the selector thread, whose next task is refused.
 * Nothing reaches any server. The same holds on later JDKs. A caller's executor or HTTP client is
 * never touched: its connections end as that HTTP client's do. Thread-safe.
 */
public final class ClosingExecutor implements Executor {
    /** Marks the closing thread, whose task runs inline so that the shutdown request gets as far as connecting. */
    private static final ThreadLocal<Boolean> CLOSING = new ThreadLocal<>();

    private final ExecutorService pool;
    private volatile boolean closed;

    /**
     * Wraps a pool the client owns.
     *
     * @param pool the pool; {@link #close(HttpClient)} shuts it down
     */
    public ClosingExecutor(ExecutorService pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        if (!closed) {
            pool.execute(task);
        } else if (Boolean.TRUE.equals(CLOSING.get())) {
            task.run();
        } else {
            throw new RejectedExecutionException("the Acquire client is closed");
        }
    }

    /**
     * Shuts the pool down and makes the HTTP client close its connections and its selector thread.
     *
     * @param http the HTTP client that runs on this executor
     */
    void close(HttpClient http) {
        closed = true;
        pool.shutdown();
        CLOSING.set(Boolean.TRUE);
        try {
            http.sendAsync(HttpRequest.newBuilder(closedLoopbackPort()).timeout(Duration.ofSeconds(1))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException | RuntimeException e) {
            // Refused at once, or no loopback port: the connections end when the client is collected.
        } finally {
            CLOSING.remove();
        }
    }

    /** {@return an address on loopback where nothing listens: a port bound and closed again} */
    private static URI closedLoopbackPort() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        int port;
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(loopback, 0), 1);
            port = s.getLocalPort();
        }
        return URI.create("http://" + (loopback.getAddress().length == 4 ? loopback.getHostAddress()
                : "[" + loopback.getHostAddress() + "]") + ":" + port + "/");
    }
}
