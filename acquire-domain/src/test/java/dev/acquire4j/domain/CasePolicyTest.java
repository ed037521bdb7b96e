package dev.acquire4j.domain;

import static dev.acquire4j.domain.Cases.AGENT_PHONE;
import static dev.acquire4j.domain.Cases.CASE;
import static dev.acquire4j.domain.Cases.CONTACT;
import static dev.acquire4j.domain.Cases.CONTACT_PHONE;
import static dev.acquire4j.domain.Cases.CUSTOMER;
import static dev.acquire4j.domain.Cases.INBOX;
import static dev.acquire4j.domain.Cases.OTHER_CONTACT;
import static dev.acquire4j.domain.Cases.TIMELINE;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules checked when a message built from a bare case id meets the case as looked up. */
class CasePolicyTest {

    private static ChatMessage chat(ContactId contact) {
        return ChatMessage.builder().caseId(CASE).contactId(contact).text("hello").build();
    }

    private static MailMessage mail() {
        return MailMessage.builder().caseId(CASE).contactId(CONTACT).from(INBOX).addTo(CUSTOMER)
                .subject("s").htmlBody("b").build();
    }

    private static SmsMessage sms(TimelineId timeline) {
        return SmsMessage.builder().caseId(CASE).contactId(CONTACT).timelineId(timeline)
                .from(AGENT_PHONE).to(CONTACT_PHONE).text("t").build();
    }

    @Test
    void letsEachMessageThroughToAMatchingActiveCase() {
        assertDoesNotThrow(() -> CasePolicy.requireDeliverable(chat(CONTACT), Cases.active(Channel.CHAT)));
        assertDoesNotThrow(() -> CasePolicy.requireDeliverable(mail(), Cases.active(Channel.EMAIL)));
        assertDoesNotThrow(() -> CasePolicy.requireDeliverable(sms(TIMELINE), Cases.active(Channel.SMS)));
    }

    @Test
    void refusesABareIdMessageOnceTheCaseIsKnownToBeClosed() {
        ValidationException e = Expect.invalid(() -> CasePolicy.requireDeliverable(chat(CONTACT),
                Cases.of(CaseStatus.CLOSED, Channel.CHAT)));
        Expect.fields(e, "caseId");
        Violation v = Expect.violation(e, "caseId", "case 2069 is closed; only active cases may receive messages");
        assertEquals("\"closed\"", v.shownValue());
        assertTrue(e.getMessage().startsWith("Invalid ChatMessage (nothing was sent): "), e.getMessage());
    }

    @Test
    void refusesAnUnknownStatusNamingIt() {
        ValidationException e = Expect.invalid(() -> CasePolicy.requireDeliverable(chat(CONTACT),
                Cases.of(CaseStatus.fromWire("Archived"), Channel.CHAT)));
        Expect.violation(e, "caseId", "case 2069 is in unknown status \"Archived\"");
    }

    @Test
    void refusesAnotherContact() {
        ValidationException e = Expect.invalid(() -> CasePolicy.requireDeliverable(chat(OTHER_CONTACT),
                Cases.active(Channel.CHAT)));
        Expect.fields(e, "contactId");
    }

    @Test
    void refusesAMailToACaseOnChat() {
        ValidationException e = Expect.invalid(() -> CasePolicy.requireDeliverable(mail(), Cases.active(Channel.CHAT)));
        Expect.violation(e, "caseId", "a mail needs a case on the email channel, but case 2069 is on chat");
        assertTrue(e.getMessage().startsWith("Invalid MailMessage"), e.getMessage());
    }

    @Test
    void refusesAnSmsOnAnotherTimeline() {
        ValidationException e = Expect.invalid(() -> CasePolicy.requireDeliverable(sms(TimelineId.of(99)),
                Cases.active(Channel.SMS)));
        Expect.fields(e, "timelineId");
    }

    @Test
    void refusesACaseThatIsNotTheMessagesCase() {
        SupportCase other = SupportCase.builder().id(CaseId.of(1)).status(CaseStatus.ACTIVE).build();
        ValidationException e = Expect.invalid(() -> CasePolicy.requireDeliverable(chat(CONTACT), other));
        Expect.violation(e, "caseId", "must be the id of the case");
    }

    @Test
    void listsEveryBrokenRuleTogether() {
        List<Violation> found = CasePolicy.violations(Channel.EMAIL, OTHER_CONTACT, TimelineId.of(99),
                Cases.of(CaseStatus.PENDING, Channel.SMS));
        assertEquals(List.of("caseId", "caseId", "contactId", "timelineId"),
                found.stream().map(Violation::field).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void ignoresWhatTheMessageOrTheCaseDoesNotKnow() {
        SupportCase bare = SupportCase.builder().id(CASE).status(CaseStatus.ACTIVE).build();
        assertEquals(List.of(), CasePolicy.violations(Channel.EMAIL, CONTACT, TIMELINE, bare));
        assertEquals(List.of(), CasePolicy.violations(Channel.SMS, null, null, Cases.active(Channel.SMS)));
    }
}
