package dev.acquire4j.domain;

import java.util.Optional;

/**
 * A message ready to send: one of {@link ChatMessage}, {@link MailMessage} or {@link SmsMessage}.
 * Every instance has passed its validation; all are immutable and thread-safe.
 */
public sealed interface OutboundMessage permits ChatMessage, MailMessage, SmsMessage {
    /** {@return the channel the message goes out on} */
    Channel channel();

    /** {@return the case the message is added to} */
    CaseId caseId();

    /** {@return the contact of that case} */
    ContactId contactId();

    /** {@return the case object the message was addressed to, when the caller gave one} */
    Optional<SupportCase> knownCase();
}
