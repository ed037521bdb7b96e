package dev.acquire4j.testkit.internal;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.TimelineId;
import java.util.List;

/**
 * One send as the fake account receives it, from either the HTTP server or the in-memory client.
 * {@code contactId} may be {@code null} for a chat sent by an agent without the query parameter.
 *
 * @param channel the endpoint's channel
 * @param caseId the case named
 * @param contactId the contact named, or {@code null}
 * @param timelineId the SMS timeline, or {@code null}
 * @param role the sender role
 * @param type the message type as it will be stored
 * @param text the text, HTML body or SMS body
 * @param translateLangKey the chat translation language, or {@code null}
 * @param from the mail or SMS sender, or {@code null}
 * @param to the recipients (empty for chat)
 * @param cc mail carbon copies
 * @param bcc mail blind carbon copies
 * @param subject the mail subject, or {@code null}
 */
public record Submission(Channel channel, CaseId caseId, ContactId contactId, TimelineId timelineId,
        SenderRole role, String type, String text, String translateLangKey, String from,
        List<String> to, List<String> cc, List<String> bcc, String subject) {

    /** {@return a chat submission} */
    public static Submission chat(CaseId caseId, ContactId contactId, SenderRole role, String type, String text,
            String translateLangKey) {
        return new Submission(Channel.CHAT, caseId, contactId, null, role, type, text, translateLangKey, null,
                List.of(), List.of(), List.of(), null);
    }

    /** {@return a mail submission; mail is always sent by an agent} */
    public static Submission mail(CaseId caseId, ContactId contactId, String from, List<String> to,
            List<String> cc, List<String> bcc, String subject, String htmlBody) {
        return new Submission(Channel.EMAIL, caseId, contactId, null, SenderRole.USER, "message", htmlBody, null,
                from, to, cc, bcc, subject);
    }

    /** {@return an SMS submission} */
    public static Submission sms(CaseId caseId, ContactId contactId, TimelineId timelineId, SenderRole role,
            String from, String to, String body) {
        return new Submission(Channel.SMS, caseId, contactId, timelineId, role, "sms", body, null, from,
                List.of(to), List.of(), List.of(), null);
    }
}
