package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MessageId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A finished send, as a {@link SendListener} sees it. Immutable; holds ids but no personal data
 * and never the API key.
 *
 * @param channel the channel of the message
 * @param endpoint the method and path, e.g. {@code POST /api/v1/mail/add-message}; no query string
 * @param caseId the case the message was added to
 * @param contactId the contact of that case
 * @param status the HTTP status of the last failed answer, or -1 when there was none (a sent
 *     message, whose answer was a 2xx, or a failure without an answer)
 * @param messageId the id Acquire gave the stored message, or {@code null} when it was not sent
 */
public record SendInfo(Channel channel, String endpoint, CaseId caseId, ContactId contactId, int status,
        MessageId messageId) {
    /**
     * Checks the components.
     *
     * @param channel the channel of the message
     * @param endpoint the method and path
     * @param caseId the case the message was added to
     * @param contactId the contact of that case
     * @param status the HTTP status of the last failed answer, or -1
     * @param messageId the id of the stored message, or {@code null}
     * @throws NullPointerException if {@code channel}, {@code endpoint}, {@code caseId} or {@code contactId} is {@code null}
     */
    public SendInfo {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(contactId, "contactId");
    }

    /** {@return the HTTP status of the last failed answer, if there was one} */
    public OptionalInt httpStatus() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** {@return the id of the stored message, if it was sent} */
    public Optional<MessageId> sentMessageId() {
        return Optional.ofNullable(messageId);
    }
}
