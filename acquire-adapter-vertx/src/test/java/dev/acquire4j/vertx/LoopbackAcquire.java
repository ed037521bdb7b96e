package dev.acquire4j.vertx;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small Acquire stand-in for these tests, on loopback and an ephemeral port, in a Vert.x of its
 * own: answers every request with the documented chat answer (or a set status, or silence), and
 * counts connections and requests.
 */
final class LoopbackAcquire implements AutoCloseable {
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final Buffer chatAnswer = Buffer.buffer(resource("/chat-answer.json"));
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger maxOpen = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<HttpServerRequest> last = new AtomicReference<>();
    private final AtomicReference<MultiMap> lastHeaders = new AtomicReference<>();
    private final CountDownLatch firstRequest = new CountDownLatch(1);
    private final Object lock = new Object();
    private volatile int status = 200;
    private volatile boolean silent;
    private final AtomicInteger unavailableOnce = new AtomicInteger();

    private LoopbackAcquire() throws Exception {
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .connectionHandler(connection -> {
                    accepted.incrementAndGet();
                    maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                    connection.closeHandler(v -> {
                        synchronized (lock) {
                            open.decrementAndGet();
                            lock.notifyAll();
                        }
                    });
                })
                .requestHandler(this::answer);
        server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static LoopbackAcquire start() throws Exception {
        return new LoopbackAcquire();
    }

    private void answer(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            last.set(request);
            lastHeaders.set(MultiMap.caseInsensitiveMultiMap().addAll(request.headers()));
            requests.incrementAndGet();
            firstRequest.countDown();
            if (silent) {
                return;
            }
            if (unavailableOnce.getAndSet(0) > 0) {
                request.response().setStatusCode(503).putHeader("Retry-After", "1").end();
                return;
            }
            request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(status == 200 ? chatAnswer : Buffer.buffer("{\"error\":\"ERROR_SERVER_ERROR\"}"));
        });
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.actualPort());
    }

    /** Answers every later request with this status and a small error body (200: the chat answer). */
    LoopbackAcquire status(int code) {
        this.status = code;
        return this;
    }

    /** Answers the next request 503 with {@code Retry-After: 1}, then as before. */
    LoopbackAcquire unavailableOnce() {
        unavailableOnce.set(1);
        return this;
    }

    /** Reads every later request and never answers. */
    LoopbackAcquire silent() {
        this.silent = true;
        return this;
    }

    boolean awaitFirstRequest(Duration limit) throws InterruptedException {
        return firstRequest.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until every connection the server accepted is closed; false if the limit passes first. */
    boolean awaitNoOpenConnections(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            while (open.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    int requests() {
        return requests.get();
    }

    int maxOpenConnections() {
        return maxOpen.get();
    }

    int acceptedConnections() {
        return accepted.get();
    }

    String lastUri() {
        return last.get().uri();
    }

    MultiMap lastHeaders() {
        return lastHeaders.get();
    }

    @Override
    public void close() throws ExecutionException, TimeoutException {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while closing the test server", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = LoopbackAcquire.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
