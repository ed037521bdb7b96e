package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.CONTACT_NUMBER;
import static dev.acquire4j.tck.ContractMessages.INBOX;
import static dev.acquire4j.tck.ContractMessages.SENDER_NUMBER;
import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.mail;
import static dev.acquire4j.tck.ContractMessages.sms;
import static dev.acquire4j.tck.ContractSupport.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.RequestRejectedException;
import org.junit.jupiter.api.Test;

/**
 * Rules r4: what may not be sent is refused, by the builder before any request when the case is
 * known, else by the server with a typed 4xx error; nothing is stored either way.
 */
public interface RefusalRules extends RuleGroup {

    /** Tests that messages for a case known to be closed cannot be built, so no request is ever made. */
    @Test
    default void r4_1_closedKnownCaseFailsValidationBeforeAnyRequest() {
        SupportCase closed = support().state().closeCase(support().state().openCase(Channel.EMAIL).id());
        ContactId contact = closed.contactId().orElseThrow();
        ValidationException chat = assertThrows(ValidationException.class,
                () -> ChatMessage.builder().forCase(closed).contactId(contact).text("x").build());
        ValidationException mail = assertThrows(ValidationException.class,
                () -> MailMessage.builder().forCase(closed).contactId(contact).from(INBOX).addTo(INBOX)
                        .subject("s").htmlBody("b").build());
        ValidationException sms = assertThrows(ValidationException.class,
                () -> SmsMessage.builder().forCase(closed).contactId(contact).timelineId(closed.timelineId().orElseThrow())
                        .from(SENDER_NUMBER).to(CONTACT_NUMBER).text("x").build());
        for (ValidationException e : new ValidationException[] {chat, mail, sms}) {
            assertTrue(e.hasViolationOn("caseId"), e.getMessage());
        }
        support().assertNothingSentOrStored();
    }

    /** Tests that a closed case addressed by bare id is refused with 400 ERROR_INVALID_INPUT and nothing stored. */
    @Test
    default void r4_2_closedCaseByIdIsRejectedWith400() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().state().closeCase(c.id());
        RequestRejectedException e = support().sendFails(RequestRejectedException.class, support().current().client(), chat(c, "late"));
        assertRefused(e, 400, "ERROR_INVALID_INPUT", Channel.CHAT);
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that an unknown case is refused with NotFoundException, 404 ERROR_RECORD_NOT_FOUND (the fake's choice). */
    @Test
    default void r4_3_unknownCaseIsNotFound() {
        SupportCase ghost = SupportCase.builder().id(CaseId.of(987_654)).status(dev.acquire4j.domain.CaseStatus.ACTIVE)
                .contactId(support().state().addContact().id()).timelineId(TimelineId.of(55)).build();
        NotFoundException e = support().sendFails(NotFoundException.class, support().current().client(), sms(ghost, "anyone?"));
        assertRefused(e, 404, "ERROR_RECORD_NOT_FOUND", Channel.SMS);
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that a mail to a case that is not on the email channel is refused with 400 and nothing stored. */
    @Test
    default void r4_4_mailToNonEmailCaseIsRejected() {
        SupportCase chatCase = support().state().openCase(Channel.CHAT);
        RequestRejectedException e = support().sendFails(RequestRejectedException.class, support().current().client(),
                mail(chatCase, "<p>wrong channel</p>"));
        assertRefused(e, 400, "ERROR_INVALID_INPUT", Channel.EMAIL);
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that an SMS naming another timeline than its case's is refused with 400 and nothing stored. */
    @Test
    default void r4_5_smsWithWrongTimelineIsRejected() {
        SupportCase c = support().state().openCase(Channel.SMS);
        SmsMessage wrong = SmsMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .timelineId(TimelineId.of(c.timelineId().orElseThrow().value() + 1000)).from(SENDER_NUMBER)
                .to(CONTACT_NUMBER).text("wrong timeline").build();
        RequestRejectedException e = support().sendFails(RequestRejectedException.class, support().current().client(), wrong);
        assertRefused(e, 400, "ERROR_INVALID_INPUT", Channel.SMS);
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that a message naming another contact than the case's is refused with 400 and nothing stored. */
    @Test
    default void r4_6_contactNotOfTheCaseIsRejected() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        ChatMessage stranger = ChatMessage.builder().caseId(c.id()).contactId(support().state().addContact().id())
                .text("not yours").build();
        RequestRejectedException e = support().sendFails(RequestRejectedException.class, support().current().client(), stranger);
        assertRefused(e, 400, "ERROR_INVALID_INPUT", Channel.CHAT);
        assertEquals(0, support().state().messageCount());
    }
}
