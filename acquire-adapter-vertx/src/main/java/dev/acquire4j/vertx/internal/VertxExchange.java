package dev.acquire4j.vertx.internal;

import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.protocol.spi.Header;
import dev.acquire4j.protocol.spi.Transport;
import dev.acquire4j.protocol.spi.WireAnswer;
import dev.acquire4j.protocol.spi.WireRequest;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The Vert.x HTTP client transport: one exchange of a request for its answer's bytes
 * ({@link StreamedExchange}: bounded in size and time, interim answers handled), with the waits
 * between attempts on Vert.x timers. Never blocks an event loop: the answer (a few KB, at most
 * {@code ClientSettings.maxAnswerBytes()}) is read on the event loop that received it, and a
 * blocking exchange is refused there. Thread-safe.
 */
public final class VertxExchange implements Transport {
    /** A blocking wait's margin over an attempt's own Vert.x timeouts, which normally end it first. */
    private static final Duration BLOCKING_GRACE = Duration.ofSeconds(1);

    private final HttpClient http;
    private final Vertx vertx;
    /** The event-loop context every exchange runs on, so that interim answers are seen in time ({@link StreamedExchange}). */
    private final Context home;
    private final Duration connectTimeout;
    private final int maxAnswerBytes;
    private final Runnable release;

    /**
     * Prepares exchanges for one client.
     *
     * @param vertx the Vert.x instance whose timers bound attempts and run the waits between them
     * @param http the HTTP client, configured by {@link HttpClients}
     * @param settings the checked settings: the connect timeout and the largest answer
     * @param release what closing the client releases: its HTTP client, and its Vert.x if it owns it
     */
    public VertxExchange(Vertx vertx, HttpClient http, ClientSettings settings, Runnable release) {
        this.release = release;
        this.http = http;
        this.vertx = vertx;
        this.home = StreamedExchange.home(vertx);
        this.connectTimeout = settings.connectTimeout();
        this.maxAnswerBytes = settings.maxAnswerBytes();
    }

    /** One attempt, waited for on the calling thread, which {@link #checkMayBlock()} kept off the event loop. */
    @Override
    public WireAnswer attemptBlocking(WireRequest wire, Duration timeout) throws Exception {
        long limit = timeout.plus(BLOCKING_GRACE).toNanos();
        try {
            return attemptAsync(wire, timeout).toCompletableFuture().get(limit, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * One attempt, bounded as a whole (connection included) by {@code timeout}: an attempt given up
     * on resets its request, closing its connection ({@link StreamedExchange}).
     */
    @Override
    public CompletionStage<WireAnswer> attemptAsync(WireRequest wire, Duration timeout) {
        return StreamedExchange.run(home, vertx, http, toRequestOptions(wire), Buffer.buffer(wire.body()),
                new StreamedExchange.Limits(connectTimeout.toMillis(), Math.max(1, timeout.toMillis())), maxAnswerBytes)
                .toCompletionStage();
    }

    /** No Vert.x connect or idle timeout per request: {@link StreamedExchange}'s one timer bounds both phases. */
    private static RequestOptions toRequestOptions(WireRequest wire) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.valueOf(wire.method()))
                .setAbsoluteURI(wire.uri().toString())
                // A redirect would carry the Authorization header to another host, where the key would leak.
                .setFollowRedirects(false);
        for (Header h : wire.headers()) {
            request.putHeader(h.name(), h.value());
        }
        return request;
    }

    @Override
    public boolean mayHaveBeenWritten(Throwable failure) {
        return TransportErrors.mayHaveBeenWritten(failure);
    }

    @Override
    public boolean answerUnreadable(Throwable failure) {
        return TransportErrors.answerUnreadable(failure);
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

    /** The close hook: requests in flight fail as the HTTP client closes, and the core classifies them. */
    @Override
    public void close() {
        release.run();
    }
}
