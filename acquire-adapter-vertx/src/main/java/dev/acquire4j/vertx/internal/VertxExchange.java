package dev.acquire4j.vertx.internal;

import dev.acquire4j.protocol.spi.Header;
import dev.acquire4j.protocol.spi.Transport;
import dev.acquire4j.protocol.spi.WireAnswer;
import dev.acquire4j.protocol.spi.WireRequest;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Vert.x Web Client transport: one exchange of a request for its answer's bytes, with the waits
 * between attempts on Vert.x timers. Never blocks an event loop: the answer (a few KB) is read on the
 * event loop that received it, and a blocking exchange is refused there. Thread-safe.
 */
public final class VertxExchange implements Transport {
    /** A blocking wait's margin over an attempt's own Vert.x timeouts, which normally end it first. */
    private static final Duration BLOCKING_GRACE = Duration.ofSeconds(1);

    private final WebClient web;
    private final Vertx vertx;
    private final Duration connectTimeout;
    private final Runnable release;

    /**
     * Prepares exchanges for one client.
     *
     * @param vertx the Vert.x instance whose timers bound attempts and run the waits between them
     * @param web the Web Client, configured by {@link WebClients}
     * @param connectTimeout the settings' connect timeout
     * @param release what closing the client releases: its Web Client, and its Vert.x if it owns it
     */
    public VertxExchange(Vertx vertx, WebClient web, Duration connectTimeout, Runnable release) {
        this.release = release;
        this.web = web;
        this.vertx = vertx;
        this.connectTimeout = connectTimeout;
    }

    /** One attempt, waited for on the calling thread, which {@link #checkMayBlock()} kept off the event loop. */
    @Override
    public WireAnswer attemptBlocking(WireRequest wire, Duration timeout) throws Exception {
        long limit = attemptConnectTimeout(timeout).plus(timeout).plus(BLOCKING_GRACE).toNanos();
        try {
            return attemptAsync(wire, timeout).toCompletableFuture().get(limit, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** One attempt, bounded as a whole by a Vert.x timer. */
    @Override
    public CompletionStage<WireAnswer> attemptAsync(WireRequest wire, Duration timeout) {
        Future<HttpResponse<Buffer>> answer = toHttpRequest(wire, timeout).sendBuffer(Buffer.buffer(wire.body()));
        return bounded(answer.map(VertxExchange::answer), attemptConnectTimeout(timeout).plus(timeout)).toCompletionStage();
    }

    /**
     * Bounds the whole attempt with a Vert.x timer. The Web Client's idle timeout only limits
     * silence, so a server that trickles its answer could otherwise hold an attempt past the deadline.
     */
    private <T> Future<T> bounded(Future<T> outcome, Duration limit) {
        Promise<T> result = Promise.promise();
        long timerId = vertx.setTimer(Math.max(1, limit.toMillis()), id -> result.tryFail(
                new TimeoutException("no complete answer within " + limit.toMillis() + " ms")));
        outcome.onComplete(done -> {
            vertx.cancelTimer(timerId);
            if (done.succeeded()) {
                result.tryComplete(done.result());
            } else {
                result.tryFail(done.cause());
            }
        });
        return result.future();
    }

    private HttpRequest<Buffer> toHttpRequest(WireRequest wire, Duration timeout) {
        HttpRequest<Buffer> request = web.requestAbs(HttpMethod.valueOf(wire.method()), wire.uri().toString())
                // Time to get a pooled connection, opening one if needed; running out means not sent.
                .connectTimeout(attemptConnectTimeout(timeout).toMillis())
                // Once connected: the longest silence allowed before the answer is complete.
                .idleTimeout(Math.max(1, timeout.toMillis()));
        for (Header h : wire.headers()) {
            request.putHeader(h.name(), h.value());
        }
        return request;
    }

    private Duration attemptConnectTimeout(Duration attemptTimeout) {
        Duration t = connectTimeout.compareTo(attemptTimeout) < 0 ? connectTimeout : attemptTimeout;
        return t.toMillis() < 1 ? Duration.ofMillis(1) : t;
    }

    /** Any status is an answer for the core to read: a Web Client answer with status 500 is a successful future. */
    private static WireAnswer answer(HttpResponse<Buffer> response) {
        Buffer body = response.body();
        return new WireAnswer(response.statusCode(), name -> Optional.ofNullable(response.getHeader(name)),
                body == null ? null : body.getBytes());
    }

    @Override
    public boolean mayHaveBeenWritten(Throwable failure) {
        return TransportErrors.mayHaveBeenWritten(failure);
    }

    /** Vert.x timers take at least 1 ms; the task only starts the next attempt. */
    @Override
    public void schedule(Duration delay, Runnable task) {
        vertx.setTimer(Math.max(1, delay.toMillis()), id -> task.run());
    }

    @Override
    public void checkMayBlock() {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("A blocking acquire4j call was made on a Vert.x event-loop thread ("
                    + Thread.currentThread().getName() + "). Rule: never block an event loop. Use "
                    + "VertxAcquireClient.send or future(..), which return a Future, or call "
                    + "the blocking client from a worker thread.");
        }
    }

    /** The close hook: requests in flight fail as the Web Client closes, and the core classifies them. */
    @Override
    public void close() {
        release.run();
    }
}
