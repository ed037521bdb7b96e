package dev.acquire4j.testkit.faults;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A way a send can fail, for {@link dev.acquire4j.testkit.InMemoryAcquire#failNextWith(FailureKind)}. Each raises the
 * exception an HTTP adapter raises for the same answer, with the status and code shown here.
 * Immutable and thread-safe.
 */
public enum FailureKind {
    /** 400 {@code ERROR_INVALID_INPUT}: a {@code RequestRejectedException}; nothing stored. */
    INVALID_INPUT(400, "ERROR_INVALID_INPUT"),
    /** 401 {@code ERROR_UNAUTHORIZED}: an {@code AuthenticationException}; nothing stored. */
    UNAUTHORIZED(401, "ERROR_UNAUTHORIZED"),
    /** 403 {@code ERROR_UNAUTHORIZED_ACCESS}: a {@code PermissionDeniedException}; nothing stored. */
    FORBIDDEN(403, "ERROR_UNAUTHORIZED_ACCESS"),
    /** 404 {@code ERROR_RECORD_NOT_FOUND}: a {@code NotFoundException}; nothing stored. */
    NOT_FOUND(404, "ERROR_RECORD_NOT_FOUND"),
    /** 429 with {@code Retry-After: 1}, retries used up: a {@code RateLimitedException}; nothing stored. */
    RATE_LIMITED(429, null),
    /** 500 {@code ERROR_SERVER_ERROR}: a {@code ServerErrorException} (outcome unknown); nothing stored. */
    SERVER_ERROR(500, "ERROR_SERVER_ERROR"),
    /** 503 with {@code Retry-After: 1}, retries used up: a {@code ServiceUnavailableException}; nothing stored. */
    SERVICE_UNAVAILABLE(503, null),
    /** No connection could be made: a {@code ConnectionFailedException}; nothing stored. */
    CONNECTION_FAILED(-1, null),
    /**
     * The request was written but no answer came in time: a {@code ResponseTimeoutException}
     * (outcome unknown). Nothing is stored, so a test can check the caller does not assume success.
     */
    TIMEOUT(-1, null),
    /**
     * The message is stored, but the 200 answer cannot be read: a {@code MalformedResponseException}
     * (outcome unknown), as when a server stores and then answers garbage.
     */
    MALFORMED_RESPONSE(200, null),
    /** The message is stored, then the connection is reset without an answer: an {@code OutcomeUnknownException}. */
    RESET_AFTER_STORING(-1, null),
    /** The connection is reset after the request was written, nothing stored: an {@code OutcomeUnknownException}. */
    RESET(-1, null),
    /** The message is stored, then the server answers 500: a {@code ServerErrorException} (outcome unknown). */
    SERVER_ERROR_AFTER_STORING(500, "ERROR_SERVER_ERROR"),
    /** The message is stored, but no answer comes in time: a {@code ResponseTimeoutException} (outcome unknown). */
    TIMEOUT_AFTER_STORING(-1, null);

    private final int status;
    private final String errorCode;

    FailureKind(int status, String errorCode) {
        this.status = status;
        this.errorCode = errorCode;
    }

    /** {@return the HTTP status the failure carries, if an answer came} */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** {@return the {@code ERROR_*} code the failure carries, if any} */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** {@return whether the message is stored before the failure, as with a garbled answer} */
    public boolean storesMessage() {
        return this == MALFORMED_RESPONSE || this == RESET_AFTER_STORING || this == SERVER_ERROR_AFTER_STORING
                || this == TIMEOUT_AFTER_STORING;
    }
}
