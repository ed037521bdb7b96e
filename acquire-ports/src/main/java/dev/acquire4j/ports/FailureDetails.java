package dev.acquire4j.ports;

import dev.acquire4j.domain.Channel;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about a failed send: where it went, how often it was tried, and what the server
 * said. Immutable and thread-safe; never holds the API key.
 *
 * @param channel the channel of the message
 * @param endpoint the method and path, e.g. {@code POST /api/v1/mail/add-message}; no query string
 * @param attempts how many requests were made, 0 when none was
 * @param status the HTTP status of the last answer, or -1 when there was none
 * @param errorCode the {@code ERROR_*} token of the answer body, or {@code null}
 * @param responseBody the first {@value #MAX_BODY_CHARS} characters of the answer body, or {@code null}
 * @param requestId the server's request id header, or {@code null}
 * @param retryAfter the server's {@code Retry-After}, or {@code null}
 */
public record FailureDetails(
        Channel channel,
        String endpoint,
        int attempts,
        int status,
        String errorCode,
        String responseBody,
        String requestId,
        Duration retryAfter) {

    /** Most characters of an error answer's body kept in a {@link FailureDetails}. */
    public static final int MAX_BODY_CHARS = 4096;

    /**
     * Checks and caps the components.
     *
     * @param attempts how many requests were made, 0 when none was
     * @param channel the channel of the message
     * @param endpoint the method and path, e.g. {@code POST /api/v1/mail/add-message}; no query string
     * @param errorCode the {@code ERROR_*} token of the answer body, or {@code null}
     * @param requestId the server's request id header, or {@code null}
     * @param responseBody the first {@value #MAX_BODY_CHARS} characters of the answer body, or {@code null}
     * @param retryAfter the server's {@code Retry-After}, or {@code null}
     * @param status the HTTP status of the last answer, or -1 when there was none
     * @throws NullPointerException if {@code channel} or {@code endpoint} is {@code null}
     */
    public FailureDetails {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(endpoint, "endpoint");
        if (responseBody != null && responseBody.length() > MAX_BODY_CHARS) {
            responseBody = responseBody.substring(0, MAX_BODY_CHARS);
        }
    }

    /**
     * {@return details of a send that failed before any answer}
     *
     * @param channel the channel
     * @param endpoint the method and path
     * @param attempts how many requests were made
     */
    public static FailureDetails withoutAnswer(Channel channel, String endpoint, int attempts) {
        return new FailureDetails(channel, endpoint, attempts, -1, null, null, null, null);
    }

    /**
     * {@return a copy with another attempt count}
     *
     * @param count the number of requests made in all
     */
    public FailureDetails withAttempts(int count) {
        return new FailureDetails(channel, endpoint, count, status, errorCode, responseBody, requestId, retryAfter);
    }

    /** {@return the HTTP status, if an answer came} */
    public OptionalInt httpStatus() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** {@return the {@code ERROR_*} code, if the answer had one} */
    public Optional<String> code() {
        return Optional.ofNullable(errorCode);
    }

    /** {@return the capped answer body, if there was one} */
    public Optional<String> body() {
        return Optional.ofNullable(responseBody);
    }

    /** {@return the server's {@code Retry-After}, if it sent one} */
    public Optional<Duration> retryAfterHint() {
        return Optional.ofNullable(retryAfter);
    }

    /** {@return the details as a bracketed suffix for an exception message} */
    String describe() {
        StringBuilder s = new StringBuilder(" [channel=").append(channel.wireName())
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
}
