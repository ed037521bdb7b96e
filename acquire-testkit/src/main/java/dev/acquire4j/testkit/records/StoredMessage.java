package dev.acquire4j.testkit.records;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.TimelineId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message the fake account stored, exactly as it arrived: what a test asserts on after a send.
 * Immutable and thread-safe.
 *
 * <p>Fields a channel does not have are empty: {@code translateLangKey} is chat only, {@code subject}
 * and {@code cc}/{@code bcc} mail only, {@code timelineId} SMS only. {@code from} and {@code to} hold
 * e-mail addresses for mail and E.164 numbers for SMS, as sent.
 *
 * @param id the case message id the answer reported ({@code id} for chat, {@code caseMessageId} for mail and SMS)
 * @param channel the channel it came in on
 * @param caseId the case it was added to
 * @param contactId the case's contact
 * @param senderRole who it appears to come from ({@code -x-user-type}; always {@link SenderRole#USER} for mail)
 * @param type the message type as stored: {@code message}, {@code note} or {@code event} for chat,
 *     {@code message} for mail, {@code sms} for SMS
 * @param text the chat text, the mail's HTML body or the SMS body
 * @param translateLangKey the chat translation language, if one was asked for
 * @param from the mail sender address or the SMS sending number; empty for chat
 * @param to the mail recipients or the one SMS number; empty for chat
 * @param cc the mail carbon-copy recipients
 * @param bcc the mail blind carbon-copy recipients
 * @param subject the mail subject, if given
 * @param timelineId the SMS timeline
 * @param createdAt when the fake account stored it (whole seconds)
 */
public record StoredMessage(
        MessageId id,
        Channel channel,
        CaseId caseId,
        ContactId contactId,
        SenderRole senderRole,
        String type,
        String text,
        Optional<String> translateLangKey,
        Optional<String> from,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        Optional<String> subject,
        Optional<TimelineId> timelineId,
        Instant createdAt) {

    /**
     * Checks and copies the components.
     *
     * @param id the case message id the answer reported ({@code id} for chat, {@code caseMessageId} for mail and SMS)
     * @param channel the channel it came in on
     * @param caseId the case it was added to
     * @param contactId the case's contact
     * @param senderRole who it appears to come from ({@code -x-user-type}; always {@link SenderRole#USER} for mail)
     * @param type the message type as stored: {@code message}, {@code note} or {@code event} for chat, {@code message} for mail, {@code sms} for SMS
     * @param text the chat text, the mail's HTML body or the SMS body
     * @param translateLangKey the chat translation language, if one was asked for
     * @param from the mail sender address or the SMS sending number; empty for chat
     * @param to the mail recipients or the one SMS number; empty for chat
     * @param cc the mail carbon-copy recipients
     * @param bcc the mail blind carbon-copy recipients
     * @param subject the mail subject, if given
     * @param timelineId the SMS timeline
     * @param createdAt when the fake account stored it (whole seconds)
     * @throws NullPointerException if a component is {@code null}
     */
    public StoredMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(senderRole, "senderRole");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(translateLangKey, "translateLangKey");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(timelineId, "timelineId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
