package dev.acquire4j.protocol;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.ports.UnconfirmedSend;
import java.time.Instant;
import java.util.Optional;

/**
 * What each channel stores of a message, as its documented answers show it: chat keeps its type,
 * its sender role and its text in {@code message}; mail is stored as type {@code message} from a
 * user, with its {@code subject} and {@code htmlBody}; SMS as type {@code sms} with its body in
 * {@code message}. Stateless and thread-safe.
 */
public final class UnconfirmedSends {
    private UnconfirmedSends() {}

    /**
     * {@return what a send of this message would have stored}
     *
     * @param message the message sent
     * @param defaultRole the client's role for messages that set none
     * @param firstAttemptAt when the first attempt started
     */
    public static UnconfirmedSend of(OutboundMessage message, SenderRole defaultRole, Instant firstAttemptAt) {
        if (message instanceof ChatMessage m) {
            return new UnconfirmedSend(m.channel(), m.caseId(), m.contactId(), m.senderRole().orElse(defaultRole),
                    m.type().wireName(), m.text(), Optional.empty(), firstAttemptAt);
        }
        if (message instanceof MailMessage m) {
            return new UnconfirmedSend(m.channel(), m.caseId(), m.contactId(), SenderRole.USER, "message",
                    m.htmlBody(), Optional.of(m.subject()), firstAttemptAt);
        }
        SmsMessage m = (SmsMessage) message;
        return new UnconfirmedSend(m.channel(), m.caseId(), m.contactId(), m.senderRole().orElse(defaultRole), "sms",
                m.text(), Optional.empty(), firstAttemptAt);
    }
}
