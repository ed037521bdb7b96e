package dev.acquire4j.vertx.internal;

import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.protocol.AcquireProtocol;
import dev.acquire4j.protocol.Call;
import dev.acquire4j.protocol.CallRunner;
import dev.acquire4j.protocol.Header;
import dev.acquire4j.protocol.SendLoop;
import dev.acquire4j.protocol.WireRequest;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Sends over the Vert.x HTTP client: builds the request from the shared protocol, runs its attempts
 * through the shared {@link SendLoop} with waits on Vert.x timers, and turns every outcome into a
 * {@link SentMessage} (or another call's result) or one of our exceptions. Idempotent calls (lookups)
 * run on a loop that also retries unknown outcomes. Never blocks an event loop: the answer (a few KB,
 * at most {@link ClientSettings#maxAnswerBytes()}) is read on the event loop that received it; {@link #run} is for callers off the event loop.
 * Thread-safe.
 */
public final class VertxExchange implements CallRunner {
    /** A blocking wait's margin over an attempt's own Vert.x timer, which normally ends it first. */
    private static final Duration BLOCKING_GRACE = Duration.ofSeconds(1);

    private final AcquireProtocol protocol;
    private final HttpClient http;
    /** The event-loop context every exchange runs on, so that interim answers are seen in time ({@link StreamedExchange}). */
    private final Context home;
    private final int maxAnswerBytes;
    private final SendLoop loop;
    private final SendLoop idempotentLoop;
    private final SendLoop.Timer timer;
    private final Vertx vertx;
    private final Duration connectTimeout;
    private final BooleanSupplier closed;

    /**
     * Prepares sends for one client.
     *
     * @param settings the checked settings
     * @param vertx the Vert.x instance whose timers run the waits between attempts
     * @param http the HTTP client, configured by {@link HttpClients}
     * @param closed tells whether the client is closed
     */
    public VertxExchange(ClientSettings settings, Vertx vertx, HttpClient http, BooleanSupplier closed) {
        this.protocol = new AcquireProtocol(settings);
        this.http = http;
        this.home = StreamedExchange.home(vertx);
        this.maxAnswerBytes = settings.maxAnswerBytes();
        this.loop = new SendLoop(settings, System::nanoTime);
        this.idempotentLoop = loop.forIdempotent();
        // Vert.x timers take at least 1 ms; the task only starts the next attempt.
        this.timer = (delay, task) -> vertx.setTimer(Math.max(1, delay.toMillis()), id -> task.run());
        this.vertx = vertx;
        this.connectTimeout = settings.connectTimeout();
        this.closed = closed;
    }

    /**
     * Starts a send.
     *
     * @param message any message
     * @param deadline the longest the whole send may take
     * @return a future that completes with what Acquire stored, or fails as {@link #sendStage} does
     */
    public Future<SentMessage> send(OutboundMessage message, Duration deadline) {
        return Future.fromCompletionStage(sendStage(message, deadline));
    }

    /**
     * Starts a send.
     *
     * @param message any message
     * @param deadline the longest the whole send may take
     * @return a stage that completes on a Vert.x thread with what Acquire stored, or fails with a
     *     {@link SendFailedException} itself (or the {@code NullPointerException} of a {@code null}
     *     message); never with a Vert.x or Netty exception, which is only ever a cause
     */
    public CompletionStage<SentMessage> sendStage(OutboundMessage message, Duration deadline) {
        Call<SentMessage> call;
        try {
            call = protocol.call(message);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        try {
            refuseIfClosed(call.request(), 0);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        // Sends are reported (logged, told to the listener); lookups run silently through runAsync().
        return loop.runAsync(message, call.request(), deadline,
                (n, timeout) -> attempt(call, n, timeout).toCompletionStage(), timer);
    }

    /** {@return the protocol of the client, for the case ports} */
    public AcquireProtocol protocol() {
        return protocol;
    }

    /** Starts any call, failing as {@link #sendStage} does. */
    @Override
    public <T> CompletionStage<T> runAsync(Call<T> call, Duration deadline) {
        try {
            refuseIfClosed(call.request(), 0);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return loopFor(call).runAsync(deadline, (n, timeout) -> attempt(call, n, timeout).toCompletionStage(), timer);
    }

    private SendLoop loopFor(Call<?> call) {
        return call.idempotent() ? idempotentLoop : loop;
    }

    /**
     * Sends and waits on the calling thread, which must not be an event loop; waits between attempts
     * sleep this thread.
     *
     * @param message any message
     * @param deadline the longest the whole send may take
     * @return what Acquire stored
     */
    SentMessage sendBlocking(OutboundMessage message, Duration deadline) {
        Call<SentMessage> call = protocol.call(message);
        refuseIfClosed(call.request(), 0);
        return loop.runBlocking(message, call.request(), deadline, (n, timeout) -> attemptBlocking(call, n, timeout));
    }

    /** Runs any call as {@link #sendBlocking} does; the calling thread must not be an event loop. */
    @Override
    public <T> T run(Call<T> call, Duration deadline) {
        refuseIfClosed(call.request(), 0);
        return loopFor(call).runBlocking(deadline, (n, timeout) -> attemptBlocking(call, n, timeout));
    }

    /** One attempt, waited for on the calling thread: fails only with a {@link SendFailedException}. */
    private <T> T attemptBlocking(Call<T> call, int n, Duration timeout) {
        WireRequest wire = call.request();
        CompletableFuture<T> attempt = attempt(call, n, timeout).toCompletionStage().toCompletableFuture();
        long limit = timeout.plus(BLOCKING_GRACE).toNanos();
        try {
            return attempt.get(limit, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            // Attempts fail with our exception types only.
            throw e.getCause() instanceof SendFailedException
                    ? (SendFailedException) e.getCause() : protocol.transportFailure(wire, e.getCause(), true, n);
        } catch (TimeoutException e) {
            throw protocol.transportFailure(wire, e, true, n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw protocol.transportFailure(wire, e, true, n);
        }
    }

    /**
     * One attempt: fails only with a {@link SendFailedException}. The whole attempt, connection
     * included, is bounded by {@code timeout} (the SendLoop's share of the deadline); an attempt
     * given up on resets its request, closing the connection ({@link StreamedExchange}).
     */
    private <T> Future<T> attempt(Call<T> call, int n, Duration timeout) {
        WireRequest wire = call.request();
        Future<StreamedExchange.Answer> answer;
        try {
            refuseIfClosed(wire, n - 1);
            answer = StreamedExchange.run(home, vertx, http, toRequestOptions(wire, timeout), Buffer.buffer(wire.body()),
                    Math.max(1, timeout.toMillis()), maxAnswerBytes);
        } catch (SendFailedException e) {
            return Future.failedFuture(e);
        } catch (RuntimeException e) {
            // Thrown before any request existed (for example by an HTTP client closed meanwhile): not sent.
            return Future.failedFuture(protocol.transportFailure(wire, e, false, n));
        }
        return answer.transform((response, error) -> error == null ? read(call, response, n) : Future.failedFuture(classify(call, error, n)));
    }

    private SendFailedException classify(Call<?> call, Throwable error, int n) {
        WireRequest wire = call.request();
        if (error instanceof StreamedExchange.TooLarge) {
            StreamedExchange.TooLarge big = (StreamedExchange.TooLarge) error;
            return protocol.answerTooLarge(call, big.status(), name -> Optional.ofNullable(big.headers().get(name)),
                    big.prefix(), n);
        }
        if (error instanceof StreamedExchange.Unwritten) {
            return protocol.transportFailure(wire, error.getCause(), false, n);
        }
        return protocol.transportFailure(wire, error, TransportErrors.mayHaveBeenWritten(error), n);
    }

    private RequestOptions toRequestOptions(WireRequest wire, Duration timeout) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.valueOf(wire.method()))
                .setAbsoluteURI(wire.uri().toString())
                // A redirect would carry the Authorization header to another host (DESIGN.md section 5).
                .setFollowRedirects(false)
                // Time to get a pooled connection, opening one if needed; running out means not sent.
                .setConnectTimeout(attemptConnectTimeout(timeout).toMillis())
                // Once connected: the longest silence allowed before the answer is complete.
                .setIdleTimeout(Math.max(1, timeout.toMillis()));
        for (Header h : wire.headers()) {
            request.putHeader(h.name(), h.value());
        }
        return request;
    }

    private Duration attemptConnectTimeout(Duration attemptTimeout) {
        Duration t = connectTimeout.compareTo(attemptTimeout) < 0 ? connectTimeout : attemptTimeout;
        return t.toMillis() < 1 ? Duration.ofMillis(1) : t;
    }

    /** Maps every status explicitly: an answer with status 500, or an interim 1xx taken as final, is a successful future. */
    private <T> Future<T> read(Call<T> call, StreamedExchange.Answer response, int n) {
        WireRequest wire = call.request();
        try {
            return Future.succeededFuture(protocol.read(call, response.status(),
                    name -> Optional.ofNullable(response.headers().get(name)), response.body(), n));
        } catch (SendFailedException e) {
            return Future.failedFuture(e);
        } catch (RuntimeException e) {
            // An answer came, so the server may have stored the message.
            return Future.failedFuture(protocol.transportFailure(wire, e, true, n));
        }
    }

    private void refuseIfClosed(WireRequest wire, int attemptsMade) {
        if (closed.getAsBoolean()) {
            throw new NotSentException("The client is closed; the message was not sent.",
                    FailureDetails.withoutAnswer(wire.channel(), wire.endpoint(), attemptsMade), null);
        }
    }
}
