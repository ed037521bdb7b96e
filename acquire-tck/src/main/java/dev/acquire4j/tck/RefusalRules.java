package dev.acquire4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.SendFailedException;
import org.junit.jupiter.api.Test;

/**
 * Rules r4: what may not be sent is refused, by the builder before any request when the case is
 * known, else by the server with a typed 4xx error; nothing is stored either way.
 */
public abstract class RefusalRules extends WireRules {
    /** Creates the rule group; subclasses provide {@link #fixture()}. */
    protected RefusalRules() {}

    /** Tests that messages for a case known to be closed cannot be built, so no request is ever made. */
    @Test
    public void r4_1_closedKnownCaseFailsValidationBeforeAnyRequest() {
        SupportCase closed = state().closeCase(state().openCase(Channel.EMAIL).id());
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
        assertNothingSentOrStored();
    }

    /** Tests that a closed case addressed by bare id is refused with 400 ERROR_INVALID_INPUT and nothing stored. */
    @Test
    public void r4_2_closedCaseByIdIsRejectedWith400() {
        SupportCase c = state().openCase(Channel.CHAT);
        state().closeCase(c.id());
        RequestRejectedException e = sendFails(RequestRejectedException.class, current().client(), chat(c, "late"));
        assertRefused(e, 400, "ERROR_INVALID_INPUT", Channel.CHAT);
        assertEquals(0, state().messageCount());
    }

    /** Tests that an unknown case is refused with NotFoundException, 404 ERROR_RECORD_NOT_FOUND (the fake's choice). */
    @Test
    public void r4_3_unknownCaseIsNotFound() {
        SupportCase ghost = SupportCase.builder().id(CaseId.of(987_654)).status(dev.acquire4j.domain.CaseStatus.ACTIVE)
                .contactId(state().addContact().id()).timelineId(TimelineId.of(55)).build();
        NotFoundException e = sendFails(NotFoundException.class, current().client(), sms(ghost, "anyone?"));
        assertRefused(e, 404, "ERROR_RECORD_NOT_FOUND", Channel.SMS);
        assertEquals(0, state().messageCount());
    }

    /** Tests that a mail to a case that is not on the email channel is refused with 400 and nothing stored. */
    @Test
    public void r4_4_mailToNonEmailCaseIsRejected() {
        SupportCase chatCase = state().openCase(Channel.CHAT);
        RequestRejectedException e = sendFails(RequestRejectedException.class, current().client(),
                mail(chatCase, "<p>wrong channel</p>"));
        assertRefused(e, 400, "ERROR_INVALID_INPUT", Channel.EMAIL);
        assertEquals(0, state().messageCount());
    }

    /** Tests that an SMS naming another timeline than its case's is refused with 400 and nothing stored. */
    @Test
    public void r4_5_smsWithWrongTimelineIsRejected() {
        SupportCase c = state().openCase(Channel.SMS);
        SmsMessage wrong = SmsMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .timelineId(TimelineId.of(c.timelineId().orElseThrow().value() + 1000)).from(SENDER_NUMBER)
                .to(CONTACT_NUMBER).text("wrong timeline").build();
        RequestRejectedException e = sendFails(RequestRejectedException.class, current().client(), wrong);
        assertRefused(e, 400, "ERROR_INVALID_INPUT", Channel.SMS);
        assertEquals(0, state().messageCount());
    }

    /** Tests that a message naming another contact than the case's is refused with 400 and nothing stored. */
    @Test
    public void r4_6_contactNotOfTheCaseIsRejected() {
        SupportCase c = state().openCase(Channel.CHAT);
        ChatMessage stranger = ChatMessage.builder().caseId(c.id()).contactId(state().addContact().id())
                .text("not yours").build();
        RequestRejectedException e = sendFails(RequestRejectedException.class, current().client(), stranger);
        assertRefused(e, 400, "ERROR_INVALID_INPUT", Channel.CHAT);
        assertEquals(0, state().messageCount());
    }

    /**
     * Checks a refusal's type-independent facts.
     *
     * @param e the exception
     * @param status the expected status
     * @param code the expected {@code ERROR_*} code
     * @param channel the channel sent on
     */
    protected static void assertRefused(SendFailedException e, int status, String code, Channel channel) {
        assertEquals(status, e.status().orElse(-1), e.getMessage());
        assertEquals(code, e.errorCode().orElse(null), e.getMessage());
        assertFalse(e.mayHaveBeenSent(), "a 4xx means certainly not sent");
        assertEquals(channel, e.channel());
        assertTrue(e.endpoint().startsWith("POST /api/v1/"), "endpoint: " + e.endpoint());
        assertFalse(e.endpoint().contains("?"), "the endpoint has no query: " + e.endpoint());
        assertTrue(e.attempts() >= 1, "attempts: " + e.attempts());
    }

    /** Checks that no request went over the wire and nothing was stored. */
    protected final void assertNothingSentOrStored() {
        assertEquals(0, requestsSeen(), "no request on the wire");
        assertEquals(0, state().messageCount(), "nothing stored");
    }
}
