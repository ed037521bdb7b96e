package dev.acquire4j.webhooks.events;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.Redaction;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.ThreadId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@value #NAME} event: a message was added to a case. Immutable and thread-safe.
 *
 * <p>Read from {@code data} as a message in the shape of the REST API's chat answer ({@code id},
 * {@code caseId}, {@code contactId}, {@code threadId}, {@code channel}, {@code message} as text,
 * {@code senderType}, {@code dateCreated}), or from {@code data.message} when that is an object;
 * the case and contact may also come from {@code case.id} and {@code contact.id} or
 * {@code case.contact.id}.
 *
 * @param messageId the message, if the data names one
 * @param caseId the case, if the data names one
 * @param contactId the case's contact, if the data names one
 * @param threadId the message's thread, if the data names one
 * @param channel the channel, if it is one acquire4j sends on
 * @param text the message text as received (may be HTML for e-mail), if any
 * @param sender who wrote it ({@code senderType} {@code user} or {@code contact}), if known
 * @param createdAt when it was written, if the data carries a readable timestamp
 * @param dataJson the whole {@code data} value as compact JSON
 */
public record NewCaseMessage(Optional<MessageId> messageId, Optional<CaseId> caseId, Optional<ContactId> contactId,
        Optional<ThreadId> threadId, Optional<Channel> channel, Optional<String> text, Optional<SenderRole> sender,
        Optional<Instant> createdAt, String dataJson) implements WebhookEvent {
    /** The event name: {@value}. */
    public static final String NAME = "case:message:new";

    /**
     * Checks the components.
     *
     * @param messageId the message, if the data names one
     * @param caseId the case, if the data names one
     * @param contactId the case's contact, if the data names one
     * @param threadId the message's thread, if the data names one
     * @param channel the channel, if it is one acquire4j sends on
     * @param text the message text as received (may be HTML for e-mail), if any
     * @param sender who wrote it ({@code senderType} {@code user} or {@code contact}), if known
     * @param createdAt when it was written, if the data carries a readable timestamp
     * @param dataJson the whole {@code data} value as compact JSON
     * @throws NullPointerException if a component is {@code null} ({@code dataJson} may be)
     */
    public NewCaseMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** {@return {@value #NAME}} */
    @Override
    public String name() {
        return NAME;
    }

    /** {@return the ids and time; the text and data only as their lengths, as they hold personal data} */
    @Override
    public String toString() {
        return "NewCaseMessage[messageId=" + messageId + ", caseId=" + caseId + ", contactId=" + contactId
                + ", threadId=" + threadId + ", channel=" + channel + ", text=" + text.map(Redaction::text)
                + ", sender=" + sender + ", createdAt=" + createdAt + ", dataJson=" + Redaction.text(dataJson) + "]";
    }
}
