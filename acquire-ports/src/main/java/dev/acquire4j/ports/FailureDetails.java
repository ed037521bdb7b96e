package dev.acquire4j.ports;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about a failed operation: which one, where it went, how often it was tried, and
 * what the server said. One accessor per fact; absent facts are empty. Immutable and thread-safe;
 * never holds the API key.
 */
public final class FailureDetails {
    /** Most characters of an error answer's body kept in a {@link FailureDetails}. */
    public static final int MAX_BODY_CHARS = 4096;

    private final Operation operation;
    private final String endpoint;
    private final int attempts;
    private final int status;
    private final String errorCode;
    private final String body;
    private final String requestId;
    private final Duration retryAfter;

    /**
     * Creates the details, capping the body at {@value #MAX_BODY_CHARS} characters.
     *
     * @param operation the operation that failed
     * @param endpoint the method and path, e.g. {@code POST /api/v1/mail/add-message}; no query string
     * @param attempts how many requests were made, 0 when none was
     * @param status the HTTP status of the last answer, or -1 when there was none
     * @param errorCode the {@code ERROR_*} token of the answer body, or {@code null}
     * @param body the answer body, or {@code null}
     * @param requestId the server's request id header, or {@code null}
     * @param retryAfter the server's {@code Retry-After}, or {@code null}
     * @throws NullPointerException if {@code operation} or {@code endpoint} is {@code null}
     */
    public FailureDetails(Operation operation, String endpoint, int attempts, int status, String errorCode,
            String body, String requestId, Duration retryAfter) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.attempts = attempts;
        this.status = status;
        this.errorCode = errorCode;
        this.body = body != null && body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
    }

    /**
     * {@return details of an operation that failed before any answer}
     *
     * @param operation the operation
     * @param endpoint the method and path
     * @param attempts how many requests were made
     */
    public static FailureDetails withoutAnswer(Operation operation, String endpoint, int attempts) {
        return new FailureDetails(operation, endpoint, attempts, -1, null, null, null, null);
    }

    /**
     * {@return a copy with another attempt count}
     *
     * @param count the number of requests made in all
     */
    public FailureDetails withAttempts(int count) {
        return new FailureDetails(operation, endpoint, count, status, errorCode, body, requestId, retryAfter);
    }

    /** {@return the operation that failed} */
    public Operation operation() {
        return operation;
    }

    /** {@return the method and path of the endpoint, without query string} */
    public String endpoint() {
        return endpoint;
    }

    /** {@return how many requests were made, 0 when none was} */
    public int attempts() {
        return attempts;
    }

    /** {@return the HTTP status of the last answer, if one came} */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** {@return the {@code ERROR_*} code of the answer, if it had one} */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** {@return the answer body, capped at {@value #MAX_BODY_CHARS} characters with the key masked, if there was one} */
    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    /** {@return the server's request id header, if it sent one} */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** {@return the server's {@code Retry-After}, if it sent one} */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** {@return the details as a bracketed suffix for an exception message} */
    String describe() {
        StringBuilder s = new StringBuilder(" [operation=").append(operation.tag())
                .append(", endpoint=").append(endpoint)
                .append(", attempts=").append(attempts);
        if (status >= 0) {
            s.append(", status=").append(status);
        }
        if (errorCode != null) {
            s.append(", code=").append(errorCode);
        }
        if (requestId != null) {
            s.append(", requestId=").append(requestId);
        }
        return s.append(']').toString();
    }

    /** {@return the same text as an exception's details suffix} */
    @Override
    public String toString() {
        return "FailureDetails" + describe();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FailureDetails d && operation == d.operation && endpoint.equals(d.endpoint)
                && attempts == d.attempts && status == d.status && Objects.equals(errorCode, d.errorCode)
                && Objects.equals(body, d.body) && Objects.equals(requestId, d.requestId)
                && Objects.equals(retryAfter, d.retryAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, endpoint, attempts, status, errorCode, body, requestId, retryAfter);
    }
}
