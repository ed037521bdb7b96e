package dev.acquire4j.jdk.internal;

import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.protocol.AcquireProtocol;
import dev.acquire4j.protocol.Header;
import dev.acquire4j.protocol.SendLoop;
import dev.acquire4j.protocol.WireRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLHandshakeException;

/**
 * Sends over java.net.http: builds the request from the shared protocol, runs its attempts through
 * the shared {@link SendLoop}, and turns every outcome into a {@link SentMessage} or one of our
 * exceptions. Thread-safe.
 */
final class JdkExchange {
    /** Waits between attempts run here: the JDK's delay thread only starts the next {@code sendAsync}. */
    private static final SendLoop.Timer TIMER = (delay, task) ->
            CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, Runnable::run).execute(task);

    private final AcquireProtocol protocol;
    private final HttpClient http;
    private final SendLoop loop;
    private final BooleanSupplier closed;

    JdkExchange(AcquireProtocol protocol, HttpClient http, SendLoop loop, BooleanSupplier closed) {
        this.protocol = protocol;
        this.http = http;
        this.loop = loop;
        this.closed = closed;
    }

    /** Sends on the calling thread; waits between attempts sleep this thread. */
    SentMessage send(OutboundMessage message, Duration deadline) {
        WireRequest wire = protocol.request(message);
        refuseIfClosed(wire);
        return loop.runBlocking(deadline, (n, timeout) -> attemptBlocking(wire, n, timeout));
    }

    /**
     * Sends without blocking. Every stage completes on the HTTP client's executor or the JDK's delay
     * thread; none is an executor-less {@code *Async} stage, and failures are our exception types.
     */
    CompletionStage<SentMessage> sendAsync(OutboundMessage message, Duration deadline) {
        WireRequest wire;
        try {
            wire = protocol.request(message);
            refuseIfClosed(wire);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return loop.runAsync(deadline, (n, timeout) -> attemptAsync(wire, n, timeout), TIMER);
    }

    /**
     * One attempt, waiting on the caller's thread. Uses {@code HttpClient.send}, not
     * {@code sendAsync(...).get()}: the public {@code sendAsync} hands its completion to the default
     * async pool, which on a 2-CPU machine is a new thread per send (measured in
     * acquire-benchmarks: one thread started per send, about half the blocking throughput).
     * {@code HttpRequest.timeout} covers the wait for the answer's headers and {@link DeadlineBody}
     * the rest, so the whole exchange stays bounded: a slow body cannot hold the caller past the deadline.
     */
    private SentMessage attemptBlocking(WireRequest wire, int n, Duration timeout) {
        refuseIfClosed(wire);
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<byte[]> response;
        try {
            response = http.send(toHttpRequest(wire, timeout), DeadlineBody.handler(deadline));
        } catch (InterruptedException e) {
            // send() has cancelled the exchange.
            Thread.currentThread().interrupt();
            throw protocol.transportFailure(wire, e, true, n);
        } catch (IOException | RuntimeException e) {
            throw classify(wire, unwrapSend(e), n);
        }
        return read(wire, response, n);
    }

    /**
     * {@code send} rethrows the exchange's failure as a new exception: the same type for the
     * connect, timeout, TLS and argument failures {@link #classify} looks for, else a plain
     * {@code IOException} around the original. Unwrapping that one layer gives {@link #classify}
     * the failure {@code sendAsync} would have given.
     */
    private static Throwable unwrapSend(Exception e) {
        return e.getClass() == IOException.class && e.getCause() != null ? e.getCause() : e;
    }

    private CompletionStage<SentMessage> attemptAsync(WireRequest wire, int n, Duration timeout) {
        refuseIfClosed(wire);
        CompletableFuture<SentMessage> result = new CompletableFuture<>();
        http.sendAsync(toHttpRequest(wire, timeout), HttpResponse.BodyHandlers.ofByteArray())
                .orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .whenComplete((response, error) -> {
                    try {
                        result.complete(error == null ? read(wire, response, n) : failWith(classify(wire, error, n)));
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                });
        return result;
    }

    private static SentMessage failWith(SendFailedException e) {
        throw e;
    }

    private SentMessage read(WireRequest wire, HttpResponse<byte[]> response, int n) {
        return protocol.readAnswer(wire, response.statusCode(),
                name -> response.headers().firstValue(name), response.body(), n);
    }

    private static HttpRequest toHttpRequest(WireRequest wire, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(wire.uri())
                .timeout(timeout)
                .method(wire.method(), HttpRequest.BodyPublishers.ofByteArray(wire.body()));
        for (Header h : wire.headers()) {
            b.header(h.name(), h.value());
        }
        return b.build();
    }

    private void refuseIfClosed(WireRequest wire) {
        if (closed.getAsBoolean()) {
            throw new NotSentException("The client is closed; the message was not sent.",
                    FailureDetails.withoutAnswer(wire.channel(), wire.endpoint(), 0), null);
        }
    }

    /**
     * Decides whether the request can have reached the server. Only failures that happen before a
     * byte of the request is written count as not sent; everything else may have been processed.
     */
    private SendFailedException classify(WireRequest wire, Throwable error, int n) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof SendFailedException) {
            return (SendFailedException) e;
        }
        boolean written = !(e instanceof HttpConnectTimeoutException
                || e instanceof ConnectException
                || e instanceof UnresolvedAddressException
                || e instanceof SSLHandshakeException
                || e instanceof IllegalArgumentException
                || e instanceof RejectedExecutionException);
        if (e instanceof IOException && e.getCause() instanceof ConnectException) {
            written = false;
        }
        return protocol.transportFailure(wire, e, written, n);
    }
}
