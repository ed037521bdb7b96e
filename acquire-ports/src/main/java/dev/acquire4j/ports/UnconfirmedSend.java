package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SenderRole;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a send whose outcome is unknown would have stored, as its case would hold it: enough to
 * look for it later with {@link AcquireClient#confirm(OutcomeUnknownException)}. Carried by the
 * {@link OutcomeUnknownException} of a send ({@link OutcomeUnknownException#unconfirmedSend()}).
 * Immutable and thread-safe; its {@code toString} shows no text, subject or address.
 *
 * @param channel the channel of the send
 * @param caseId the case it was added to
 * @param contactId the case's contact
 * @param senderRole who it would appear to come from, as stored
 * @param type the message type as stored: {@code message}, {@code note} or {@code event} for chat,
 *     {@code message} for mail, {@code sms} for SMS
 * @param text the content as stored: the chat text, the mail's HTML body, the SMS body
 * @param subject the mail subject; empty for chat and SMS
 * @param firstAttemptAt when the send's first attempt started, by this machine's clock
 */
public record UnconfirmedSend(Channel channel, CaseId caseId, ContactId contactId, SenderRole senderRole, String type,
        String text, Optional<String> subject, Instant firstAttemptAt) {
    /**
     * Checks the components.
     *
     * @param channel the channel of the send
     * @param caseId the case it was added to
     * @param contactId the case's contact
     * @param senderRole who it would appear to come from
     * @param type the message type as stored
     * @param text the content as stored
     * @param subject the mail subject; empty for chat and SMS
     * @param firstAttemptAt when the first attempt started
     * @throws NullPointerException if a component is {@code null}
     */
    public UnconfirmedSend {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(senderRole, "senderRole");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(firstAttemptAt, "firstAttemptAt");
    }

    /** {@return the send without its content: channel, case, role, type and start, the text as its length} */
    @Override
    public String toString() {
        return "UnconfirmedSend[channel=" + channel.wireName() + ", case=" + caseId.value() + ", senderRole="
                + senderRole.wireName() + ", type=" + type + ", text=<" + text.length() + " chars>"
                + (subject.isPresent() ? ", subject=<" + subject.get().length() + " chars>" : "")
                + ", firstAttemptAt=" + firstAttemptAt + "]";
    }
}
