package dev.acquire4j.jdk.internal;

import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.protocol.AcquireProtocol;
import dev.acquire4j.protocol.Header;
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
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLHandshakeException;

/**
 * One send over java.net.http: builds the request from the shared protocol, runs it blocking or
 * async, and turns every outcome into a {@link SentMessage} or one of our exceptions.
 */
final class JdkExchange {
    private final AcquireProtocol protocol;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final BooleanSupplier closed;

    JdkExchange(AcquireProtocol protocol, HttpClient http, Duration requestTimeout, BooleanSupplier closed) {
        this.protocol = protocol;
        this.http = http;
        this.requestTimeout = requestTimeout;
        this.closed = closed;
    }

    /** Sends on the calling thread. */
    SentMessage send(OutboundMessage message) {
        WireRequest wire = protocol.request(message);
        refuseIfClosed(wire);
        HttpResponse<byte[]> response;
        try {
            response = http.send(toHttpRequest(wire), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw protocol.transportFailure(wire, e, true, 1);
        } catch (IOException | RuntimeException e) {
            throw classify(wire, e);
        }
        return read(wire, response);
    }

    /**
     * Sends without blocking. The returned stage completes on the HTTP client's executor; it never
     * uses an executor-less {@code *Async} stage, and fails with our exception types only.
     */
    CompletionStage<SentMessage> sendAsync(OutboundMessage message) {
        CompletableFuture<SentMessage> result = new CompletableFuture<>();
        try {
            WireRequest wire = protocol.request(message);
            refuseIfClosed(wire);
            http.sendAsync(toHttpRequest(wire), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((response, error) -> {
                        try {
                            if (error != null) {
                                result.completeExceptionally(classify(wire, unwrap(error)));
                            } else {
                                result.complete(read(wire, response));
                            }
                        } catch (RuntimeException e) {
                            result.completeExceptionally(e);
                        }
                    });
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    private SentMessage read(WireRequest wire, HttpResponse<byte[]> response) {
        return protocol.readAnswer(wire, response.statusCode(),
                name -> response.headers().firstValue(name), response.body(), 1);
    }

    private HttpRequest toHttpRequest(WireRequest wire) {
        HttpRequest.Builder b = HttpRequest.newBuilder(wire.uri())
                .timeout(requestTimeout)
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
    private SendFailedException classify(WireRequest wire, Throwable error) {
        if (error instanceof SendFailedException) {
            return (SendFailedException) error;
        }
        boolean written = !(error instanceof HttpConnectTimeoutException
                || error instanceof ConnectException
                || error instanceof UnresolvedAddressException
                || error instanceof SSLHandshakeException
                || error instanceof IllegalArgumentException
                || error instanceof RejectedExecutionException);
        return protocol.transportFailure(wire, error, written, 1);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
