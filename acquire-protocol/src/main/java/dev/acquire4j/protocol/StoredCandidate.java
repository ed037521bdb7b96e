package dev.acquire4j.protocol;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message a case holds, as far as confirming a send needs it. Immutable; its text is never shown.
 *
 * @param message the stored record, the result of a confirmation that picks it
 * @param subject the mail subject as stored, when the record carries one
 */
public record StoredCandidate(SentMessage message, Optional<String> subject) {
    /**
     * Checks the components.
     *
     * @param message the stored record
     * @param subject the mail subject as stored, when the record carries one
     */
    public StoredCandidate {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(subject, "subject");
    }

    /**
     * {@return a candidate without a subject}
     *
     * @param message the stored record
     */
    public static StoredCandidate of(SentMessage message) {
        return new StoredCandidate(message, Optional.empty());
    }

    MessageId id() {
        return message.id();
    }

    Channel channel() {
        return message.channel();
    }

    Optional<SenderRole> senderRole() {
        return message.senderRole();
    }

    Optional<Instant> createdAt() {
        return message.createdAt();
    }

    /** {@return the id and channel; never the text} */
    @Override
    public String toString() {
        return "StoredCandidate[id=" + message.id().value() + ", channel=" + message.channel().wireName() + "]";
    }
}
