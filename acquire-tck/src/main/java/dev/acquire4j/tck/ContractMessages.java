package dev.acquire4j.tck;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.PhoneNumber;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SupportCase;

/**
 * The messages the rules send, and the addresses and numbers in them. Stateless and thread-safe.
 * A transport's own tests may use them to check, for instance, that its logs mask these values.
 */
public final class ContractMessages {
    /** The sending inbox and number of every message the suite builds. */
    public static final EmailAddress INBOX = EmailAddress.parse("support@shop.example");
    /** The Acquire-connected number SMS are sent from. */
    public static final PhoneNumber SENDER_NUMBER = PhoneNumber.parse("+12513188609");
    /** The contact's number SMS are sent to. */
    public static final PhoneNumber CONTACT_NUMBER = PhoneNumber.parse("+919666929552");

    private ContractMessages() {}

    /**
     * {@return a chat message to a case's contact, addressed by bare id so that only the server judges the case}
     *
     * @param c the case
     * @param text the text
     */
    public static ChatMessage chat(SupportCase c, String text) {
        return ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow()).text(text).build();
    }

    /**
     * {@return an e-mail to a case's contact, addressed by bare id}
     *
     * @param c the case
     * @param html the HTML body
     */
    public static MailMessage mail(SupportCase c, String html) {
        return MailMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow()).from(INBOX)
                .addTo(EmailAddress.parse("ann@customer.example")).addCc(EmailAddress.parse("team@shop.example"))
                .subject("Your order").htmlBody(html).build();
    }

    /**
     * {@return an SMS to a case's contact, addressed by bare ids (case and timeline)}
     *
     * @param c the case
     * @param text the text
     */
    public static SmsMessage sms(SupportCase c, String text) {
        return SmsMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .timelineId(c.timelineId().orElseThrow()).from(SENDER_NUMBER).to(CONTACT_NUMBER).text(text).build();
    }
}
