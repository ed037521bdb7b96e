package dev.acquire4j.protocol;

import dev.acquire4j.ports.AuthenticationException;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.PermissionDeniedException;
import dev.acquire4j.ports.RateLimitedException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.ports.ServiceUnavailableException;
import dev.acquire4j.protocol.spi.WireRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps an HTTP answer that is not a usable success to the error a caller catches, the same way for
 * every transport. Keeps the status, the {@code ERROR_*} code, the capped body (key masked), the
 * request id and {@code Retry-After}. Thread-safe. {@link #forStatus(FailureDetails)} is the table
 * itself, shared with the in-memory fake.
 */
public final class StatusFailures {
    /** The request id header; Acquire documents none, proxies and gateways commonly add this one. */
    static final String REQUEST_ID_HEADER = "x-request-id";
    private static final int MAX_REQUEST_ID = 128;

    private final ErrorBodies bodies;

    StatusFailures(ErrorBodies bodies) {
        this.bodies = bodies;
    }

    /**
     * {@return the error for a status outside 2xx}
     *
     * @param status the HTTP status
     * @param header looks up an answer header by lower-case name
     * @param body the answer body, possibly empty
     */
    SendFailedException forStatus(WireRequest request, int status, Function<String, Optional<String>> header,
            byte[] body, int attempts) {
        Optional<Duration> retryAfter = RetryAfter.parse(headerValue(header, RetryAfter.HEADER), Instant.now());
        return forStatus(details(request, status, header, body, attempts, retryAfter.orElse(null)));
    }

    /**
     * The one status-to-exception table, used by the client core and by the in-memory fake: the
     * exception type and message for an answer outside 2xx, naming the operation.
     *
     * @param d the details of the answer: operation, endpoint, attempts, status (not 2xx), code,
     *     body and {@code Retry-After}
     * @return the exception to throw or complete with
     */
    public static SendFailedException forStatus(FailureDetails d) {
        int status = d.status().orElse(-1);
        String what = d.operation().noun();
        switch (status) {
            case 401:
                return new AuthenticationException("Acquire did not accept the API key (HTTP 401); the " + what + " was not sent.", d, null);
            case 403:
                return new PermissionDeniedException("The API key is not allowed to use this endpoint (HTTP 403); the " + what + " was not sent.", d, null);
            case 404:
                return new NotFoundException("Acquire found no such endpoint or object (HTTP 404); the " + what + " was not sent.", d, null);
            case 407:
                // Only a proxy answers 407: it refused the tunnel, so nothing reached Acquire.
                return new RequestRejectedException("The HTTP proxy asked for other credentials (HTTP 407); the "
                        + what + " was not sent.", d, null);
            case 429:
                return new RateLimitedException("Acquire limited the request rate (HTTP 429); the " + what + " was not sent.", d, null);
            default:
                break;
        }
        if (status >= 400 && status < 500) {
            return new RequestRejectedException("Acquire rejected the " + what + " (HTTP " + status + "); it was not sent.", d, null);
        }
        if (status == 503 && d.retryAfter().isPresent()) {
            // A 503 that says when to come back is Acquire's documented maintenance answer: nothing was stored.
            return new ServiceUnavailableException("Acquire is unavailable for maintenance (HTTP 503); the " + what + " was not sent.", d, null);
        }
        if (status >= 500 && status < 600) {
            return new ServerErrorException("Acquire failed with HTTP " + status + " while handling the " + what + "; it may have been stored.", d, null);
        }
        if (status >= 300 && status < 400) {
            // Redirects are never followed: the next request would carry the API key to another address.
            // Whether the server acted first cannot be known (a 303 after a POST usually means it did).
            return new OutcomeUnknownException("Acquire answered with a redirect (HTTP " + status
                    + "), which acquire4j does not follow; the " + what + " may have been stored.", d, null);
        }
        return new OutcomeUnknownException("Acquire answered with HTTP " + status
                + ", a status acquire4j does not expect; the " + what + " may have been stored.", d, null);
    }

    /**
     * {@return the error for a 2xx answer that could not be read}
     *
     * @param reason what is wrong, completing "its answer ...", e.g. "is not valid JSON"
     */
    MalformedResponseException malformed(WireRequest request, int status, Function<String, Optional<String>> header,
            byte[] body, int attempts, String reason) {
        FailureDetails d = details(request, status, header, body, attempts, null);
        return new MalformedResponseException("Acquire accepted the " + request.operation().noun() + " (HTTP " + status
                + ") but its answer " + reason + afterMalformed(request), d, null);
    }

    /**
     * {@return the error for a 2xx answer whose body did not arrive whole}: the server processed the
     * request. A body still coming when time ran out is a {@link ResponseTimeoutException}, any other
     * cut (a reset, an early end) a {@link MalformedResponseException}; both keep the 2xx status in
     * their details, which is what keeps every retry policy from repeating them.
     *
     * @param timedOut whether the attempt's time ran out while the body was coming
     * @param cause the transport's failure while reading the body
     */
    SendFailedException cutSuccess(WireRequest request, int status, Function<String, Optional<String>> header,
            byte[] body, int attempts, boolean timedOut, Throwable cause) {
        FailureDetails d = details(request, status, header, body, attempts, null);
        String accepted = "Acquire accepted the " + request.operation().noun() + " (HTTP " + status + ") but ";
        if (timedOut) {
            return new ResponseTimeoutException(accepted + "the rest of its answer did not come within the request timeout"
                    + afterMalformed(request), d, cause);
        }
        return new MalformedResponseException(accepted + "its answer was cut before its end ("
                + cause.getClass().getSimpleName() + ")" + afterMalformed(request), d, cause);
    }

    /**
     * {@return the error for an answer whose head (status line and headers) came but could not be
     * read}: no status is known, the server had the request, so its outcome is unknown; a
     * {@link MalformedResponseException}, which no retry policy repeats
     *
     * @param cause the transport's failure while reading the head
     */
    MalformedResponseException unreadableHead(WireRequest request, int attempts, Throwable cause) {
        Operation op = request.operation();
        return new MalformedResponseException("Acquire answered the " + op.noun() + " but the head of its answer could not be read ("
                + cause.getClass().getSimpleName() + ")" + (op.idempotent() ? "." : "; it may have been carried out."),
                FailureDetails.withoutAnswer(op, request.endpoint(), attempts), cause);
    }

    private FailureDetails details(WireRequest request, int status, Function<String, Optional<String>> header,
            byte[] body, int attempts, Duration retryAfter) {
        String text = bodies.text(body);
        return new FailureDetails(request.operation(), request.endpoint(), attempts, status,
                bodies.errorCode(body, text), text, requestId(header), retryAfter);
    }

    private String requestId(Function<String, Optional<String>> header) {
        String v = headerValue(header, REQUEST_ID_HEADER);
        if (v == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(Math.min(v.length(), MAX_REQUEST_ID * 2));
        for (int i = 0; i < v.length() && s.length() < MAX_REQUEST_ID * 2; i++) {
            char c = v.charAt(i);
            if (c > ' ' && c < 0x7f) {
                s.append(c);
            }
        }
        // Masked before the cap, so that a cap cannot cut an echoed key into an unmasked piece.
        String id = bodies.mask(s.toString());
        id = id.length() > MAX_REQUEST_ID ? id.substring(0, MAX_REQUEST_ID) : id;
        return id.isEmpty() ? null : id;
    }

    /** A transport's lookup may return {@code null} instead of empty; both mean absent. */
    private static String headerValue(Function<String, Optional<String>> header, String name) {
        if (header == null) {
            return null;
        }
        Optional<String> v = header.apply(name);
        return v == null ? null : v.orElse(null);
    }

    private static String afterMalformed(WireRequest request) {
        Operation op = request.operation();
        if (op.idempotent()) {
            return ".";
        }
        return switch (op) {
            case OPEN_CASE, REOPEN_CASE -> "; the case was most likely opened.";
            case CLOSE_CASE -> "; the case was most likely closed.";
            case DELETE_MESSAGE -> "; the message was most likely deleted.";
            default -> "; the message was most likely stored.";
        };
    }
}
