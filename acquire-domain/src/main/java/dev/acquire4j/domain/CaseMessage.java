package dev.acquire4j.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a case as Acquire holds it: what fetching or editing a message answers. Fields
 * the answer does not name are empty. Immutable and thread-safe.
 *
 * @param id the message id
 * @param caseId the case it belongs to
 * @param channel its channel ({@code chat}, {@code email}, ...), where named and known
 * @param senderRole who wrote it ({@code senderType}: an agent or the contact), where named and known
 * @param type the message type as Acquire names it, e.g. {@code message}, {@code note}, {@code event}; empty when not named
 * @param text the text ({@code message}); empty string when not named; masked in {@code toString}
 * @param createdAt when it was written, where named
 * @param updatedAt when it was last edited, where named (absent for a message never edited)
 */
public record CaseMessage(MessageId id, CaseId caseId, Optional<Channel> channel, Optional<SenderRole> senderRole,
        String type, String text, Optional<Instant> createdAt, Optional<Instant> updatedAt) {
    /**
     * Checks the components.
     *
     * @param id the message id
     * @param caseId the case it belongs to
     * @param channel its channel, or empty
     * @param senderRole who wrote it, or empty
     * @param type the message type, or an empty string
     * @param text the text, or an empty string
     * @param createdAt when it was written, or empty
     * @param updatedAt when it was last edited, or empty
     * @throws NullPointerException if a component is {@code null}
     */
    public CaseMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(senderRole, "senderRole");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** {@return the message with its text masked} */
    @Override
    public String toString() {
        return "CaseMessage[id=" + id + ", caseId=" + caseId + ", channel=" + channel.map(Channel::wireName).orElse(null)
                + ", senderRole=" + senderRole.orElse(null) + ", type=" + type + ", text=" + Redaction.text(text)
                + ", createdAt=" + createdAt.orElse(null) + ", updatedAt=" + updatedAt.orElse(null) + "]";
    }
}
