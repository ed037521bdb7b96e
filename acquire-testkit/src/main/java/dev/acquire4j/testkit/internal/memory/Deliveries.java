package dev.acquire4j.testkit.internal.memory;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.LanguageTag;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Submission;
import dev.acquire4j.testkit.records.StoredMessage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a domain message into what an adapter would put on the wire, and what the account stored
 * into the {@link SentMessage} an adapter would parse from the answer.
 */
public final class Deliveries {
    /** The agent id the fake server answers with, so both fakes report the same sender. */
    private static final long AGENT_ID = 25;

    private Deliveries() {}

    /** {@return the submission for a message, with the client's default role where it sets none} */
    public static Submission submission(OutboundMessage message, SenderRole defaultRole) {
        if (message instanceof ChatMessage) {
            ChatMessage m = (ChatMessage) message;
            return Submission.chat(m.caseId(), m.contactId(), m.senderRole().orElse(defaultRole), m.type().wireName(),
                    m.text(), m.translateTo().map(LanguageTag::value).orElse(null));
        } else if (message instanceof MailMessage) {
            MailMessage m = (MailMessage) message;
            return Submission.mail(m.caseId(), m.contactId(), m.from().value(), values(m.to()), values(m.cc()),
                    values(m.bcc()), m.subject(), m.htmlBody());
        }
        SmsMessage m = (SmsMessage) message;
        return Submission.sms(m.caseId(), m.contactId(), m.timelineId(), m.senderRole().orElse(defaultRole),
                m.from().e164(), m.to().e164(), m.text());
    }

    /** {@return what an adapter would read from the fake server's answer to this send} */
    public static SentMessage sentMessage(Ledger.Accepted accepted) {
        StoredMessage m = accepted.message();
        SupportCase c = accepted.supportCase();
        SentMessage.Builder b = SentMessage.builder()
                .id(m.id())
                .channel(m.channel())
                .caseId(m.caseId())
                .contactId(m.contactId())
                .senderRole(m.senderRole())
                .senderId(m.senderRole() == SenderRole.USER ? AGENT_ID : m.contactId().value())
                .type(m.type())
                .text(m.text())
                .seen(m.channel() == dev.acquire4j.domain.Channel.SMS)
                .createdAt(m.createdAt())
                .supportCase(c);
        c.threadId().ifPresent(b::threadId);
        m.timelineId().ifPresent(b::timelineId);
        return b.build();
    }

    private static List<String> values(List<EmailAddress> addresses) {
        return addresses.stream().map(EmailAddress::value).collect(Collectors.toUnmodifiableList());
    }
}
