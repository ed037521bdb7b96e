package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ContactId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An operation, as an {@link OperationListener} sees it when it starts and when it ends. Immutable;
 * holds ids but no personal data and never the API key.
 *
 * @param operation which operation
 * @param endpoint the method and path, e.g. {@code POST /api/v1/mail/add-message}; no query string
 * @param caseId the case the operation is about, or {@code null} when it names none (a list by contact)
 * @param contactId the contact the operation is about, or {@code null} when it names none (a case by id)
 * @param status the HTTP status of the last failed answer, or -1 when there was none (before the end,
 *     on success, or for a failure without an answer)
 * @param resultId the id of what the operation produced (the stored message, the opened or found
 *     case), or {@code null} when it produced none
 * @param operationId a number the client gives each operation, unique within the JVM and the same in
 *     every event of that operation (its {@code OperationInfo}s and {@link AttemptInfo}s), so that a
 *     listener can pair {@code operationStarted} with {@code operationFinished} across threads; 0 when
 *     the event was made without one. Not an Acquire id: never use it as a metric tag or span attribute.
 */
public record OperationInfo(Operation operation, String endpoint, CaseId caseId, ContactId contactId, int status,
        String resultId, long operationId) {
    /**
     * Checks the components.
     *
     * @param operation which operation
     * @param endpoint the method and path
     * @param caseId the case, or {@code null}
     * @param contactId the contact, or {@code null}
     * @param status the HTTP status of the last failed answer, or -1
     * @param resultId the id of what the operation produced, or {@code null}
     * @param operationId the operation's number within the JVM, or 0
     * @throws NullPointerException if {@code operation} or {@code endpoint} is {@code null}
     */
    public OperationInfo {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /**
     * An operation without a number ({@code operationId} 0), as tests make them.
     *
     * @param operation which operation
     * @param endpoint the method and path
     * @param caseId the case, or {@code null}
     * @param contactId the contact, or {@code null}
     * @param status the HTTP status of the last failed answer, or -1
     * @param resultId the id of what the operation produced, or {@code null}
     * @throws NullPointerException if {@code operation} or {@code endpoint} is {@code null}
     */
    public OperationInfo(Operation operation, String endpoint, CaseId caseId, ContactId contactId, int status,
            String resultId) {
        this(operation, endpoint, caseId, contactId, status, resultId, 0);
    }

    /** {@return the HTTP status of the last failed answer, if there was one} */
    public OptionalInt httpStatus() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** {@return the id of what the operation produced, if it produced one} */
    public Optional<String> result() {
        return Optional.ofNullable(resultId);
    }
}
