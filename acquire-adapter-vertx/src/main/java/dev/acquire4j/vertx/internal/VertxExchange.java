package dev.acquire4j.vertx.internal;

import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.protocol.AcquireProtocol;
import dev.acquire4j.protocol.Header;
import dev.acquire4j.protocol.WireRequest;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One send over the Vert.x Web Client: builds the request from the shared protocol, sends it, and
 * turns every outcome into a {@link SentMessage} or one of our exceptions. Never blocks: the answer
 * (a few KB) is read on the event loop that received it. Thread-safe.
 */
public final class VertxExchange {
    private final AcquireProtocol protocol;
    private final WebClient web;
    private final long connectTimeoutMillis;
    private final long requestTimeoutMillis;
    private final BooleanSupplier closed;

    /**
     * Prepares sends for one client.
     *
     * @param settings the checked settings
     * @param web the Web Client, configured by {@link WebClients}
     * @param closed tells whether the client is closed
     */
    public VertxExchange(ClientSettings settings, WebClient web, BooleanSupplier closed) {
        this.protocol = new AcquireProtocol(settings);
        this.web = web;
        this.connectTimeoutMillis = settings.connectTimeout().toMillis();
        this.requestTimeoutMillis = settings.requestTimeout().toMillis();
        this.closed = closed;
    }

    /**
     * Starts a send.
     *
     * @param message any message
     * @return a future that completes on an event loop with what Acquire stored, or fails with a
     *     {@link SendFailedException} (or the {@code NullPointerException} of a {@code null} message);
     *     never with a Vert.x or Netty exception, which is only ever a cause
     */
    public Future<SentMessage> send(OutboundMessage message) {
        WireRequest wire;
        try {
            wire = prepare(message);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return exchange(wire);
    }

    /**
     * {@return the request for a message, refused with a {@link NotSentException} when the client is closed}
     *
     * @param message any message
     */
    WireRequest prepare(OutboundMessage message) {
        WireRequest wire = protocol.request(message);
        if (closed.getAsBoolean()) {
            throw new NotSentException("The client is closed; the message was not sent.",
                    FailureDetails.withoutAnswer(wire.channel(), wire.endpoint(), 0), null);
        }
        return wire;
    }

    /**
     * {@return the outcome of sending a prepared request}
     *
     * @param wire the request
     */
    Future<SentMessage> exchange(WireRequest wire) {
        Future<HttpResponse<Buffer>> answer;
        try {
            answer = toHttpRequest(wire).sendBuffer(Buffer.buffer(wire.body()));
        } catch (RuntimeException e) {
            // Thrown before any request existed (for example a Web Client closed meanwhile): not sent.
            return Future.failedFuture(protocol.transportFailure(wire, e, false, 1));
        }
        return answer.transform(ar -> ar.succeeded()
                ? read(wire, ar.result())
                : Future.failedFuture(failure(wire, ar.cause())));
    }

    /** {@return the failure to report when waiting for a send's outcome gave up or was interrupted} */
    SendFailedException abandoned(WireRequest wire, Throwable cause) {
        return protocol.transportFailure(wire, cause, true, 1);
    }

    private HttpRequest<Buffer> toHttpRequest(WireRequest wire) {
        HttpRequest<Buffer> request = web.requestAbs(HttpMethod.valueOf(wire.method()), wire.uri().toString())
                // Time to get a pooled connection, opening one if needed; failing it means not sent.
                .connectTimeout(connectTimeoutMillis)
                // Once connected: the longest silence allowed before the answer is complete.
                .idleTimeout(requestTimeoutMillis);
        for (Header h : wire.headers()) {
            request.putHeader(h.name(), h.value());
        }
        return request;
    }

    /** Maps every status explicitly: a Web Client answer with status 500 is a successful future. */
    private Future<SentMessage> read(WireRequest wire, HttpResponse<Buffer> response) {
        try {
            Buffer body = response.body();
            return Future.succeededFuture(protocol.readAnswer(wire, response.statusCode(),
                    name -> Optional.ofNullable(response.getHeader(name)), body == null ? null : body.getBytes(), 1));
        } catch (SendFailedException e) {
            return Future.failedFuture(e);
        } catch (RuntimeException e) {
            // An answer came, so the server may have stored the message.
            return Future.failedFuture(protocol.transportFailure(wire, e, true, 1));
        }
    }

    private SendFailedException failure(WireRequest wire, Throwable error) {
        return protocol.transportFailure(wire, error, TransportErrors.mayHaveBeenWritten(error), 1);
    }
}
