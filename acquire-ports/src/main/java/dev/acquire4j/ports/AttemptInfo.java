package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseId;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One attempt (one HTTP request) of an operation, as an {@link OperationListener} sees it.
 * Immutable; holds no personal data and never the API key.
 *
 * @param operation which operation
 * @param endpoint the method and path, e.g. {@code POST /api/v1/mail/add-message}; no query string
 * @param caseId the case the operation is about, or {@code null} when it names none
 * @param attempt the number of this attempt, from 1
 * @param status the HTTP status of the answer, or -1 when none is known: before the answer, when no
 *     answer came, and for a successful attempt (whose answer was a 2xx)
 * @param operationId the number of the operation the attempt belongs to, as in
 *     {@link OperationInfo#operationId()}; 0 when the event was made without one
 */
public record AttemptInfo(Operation operation, String endpoint, CaseId caseId, int attempt, int status,
        long operationId) {
    /**
     * Checks the components.
     *
     * @param operation which operation
     * @param endpoint the method and path
     * @param caseId the case, or {@code null}
     * @param attempt the number of this attempt, from 1
     * @param status the HTTP status of the answer, or -1
     * @param operationId the operation's number within the JVM, or 0
     * @throws NullPointerException if {@code operation} or {@code endpoint} is {@code null}
     * @throws IllegalArgumentException if {@code attempt} is less than 1
     */
    public AttemptInfo {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(endpoint, "endpoint");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1: " + attempt);
        }
    }

    /**
     * An attempt without an operation number ({@code operationId} 0), as tests make them.
     *
     * @param operation which operation
     * @param endpoint the method and path
     * @param caseId the case, or {@code null}
     * @param attempt the number of this attempt, from 1
     * @param status the HTTP status of the answer, or -1
     * @throws NullPointerException if {@code operation} or {@code endpoint} is {@code null}
     * @throws IllegalArgumentException if {@code attempt} is less than 1
     */
    public AttemptInfo(Operation operation, String endpoint, CaseId caseId, int attempt, int status) {
        this(operation, endpoint, caseId, attempt, status, 0);
    }

    /** {@return the HTTP status of the answer, if one is known} */
    public OptionalInt httpStatus() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }
}
