package dev.acquire4j.domain;

import static dev.acquire4j.domain.Cases.AGENT_PHONE;
import static dev.acquire4j.domain.Cases.CASE;
import static dev.acquire4j.domain.Cases.CONTACT;
import static dev.acquire4j.domain.Cases.CONTACT_PHONE;
import static dev.acquire4j.domain.Cases.OTHER_CONTACT;
import static dev.acquire4j.domain.Cases.TIMELINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsMessageTest {
    private static final String TEXT = "Your code is 918273";

    private static SmsMessage.Builder valid() {
        return SmsMessage.builder().caseId(CASE).contactId(CONTACT).timelineId(TIMELINE)
                .from(AGENT_PHONE).to(CONTACT_PHONE).text(TEXT);
    }

    private static SmsMessage.Builder forCase(SupportCase c) {
        return SmsMessage.builder().forCase(c).contactId(CONTACT).from(AGENT_PHONE).to(CONTACT_PHONE).text(TEXT);
    }

    @Test
    void buildsAndKnowsItsBody() {
        SmsMessage m = valid().build();
        assertEquals(CASE, m.caseId());
        assertEquals(CONTACT, m.contactId());
        assertEquals(TIMELINE, m.timelineId());
        assertEquals(AGENT_PHONE, m.from());
        assertEquals(CONTACT_PHONE, m.to());
        assertEquals(TEXT, m.text());
        assertEquals(Channel.SMS, m.channel());
        assertEquals(Optional.empty(), m.senderRole());
        assertEquals(new SmsBody(SmsEncoding.GSM_7, TEXT.length(), 1), m.body());
    }

    @Test
    void bodyTellsUcs2AndSegmentsOfTheText() {
        String text = "Ваш код: 918273 \uD83D\uDE00".repeat(5);
        SmsMessage m = SmsMessage.builder().caseId(CASE).contactId(CONTACT).timelineId(TIMELINE)
                .from(AGENT_PHONE).to(CONTACT_PHONE).text(text).build();
        assertEquals(SmsEncoding.UCS_2, m.body().encoding());
        assertEquals(text.length(), m.body().units());
        assertEquals(SmsBody.of(text), m.body());
        assertEquals(2, m.body().segments());
    }

    @Test
    void reportsEveryMissingFieldInOneException() {
        ValidationException e = Expect.invalid(() -> SmsMessage.builder().build());
        Expect.fields(e, "caseId", "contactId", "timelineId", "from", "to", "text");
        assertTrue(e.getMessage().startsWith("Invalid SmsMessage (nothing was sent): "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\r\n"})
    void refusesBlankText(String text) {
        ValidationException e = Expect.invalid(() -> SmsMessage.builder().caseId(CASE).contactId(CONTACT)
                .timelineId(TIMELINE).from(AGENT_PHONE).to(CONTACT_PHONE).text(text).build());
        Expect.fields(e, "text");
        Expect.violation(e, "text", "must not be blank");
    }

    @Test
    void acceptsSixteenHundredCharactersAndRefusesMoreWithoutShowingThem() {
        String max = "x".repeat(SmsMessage.MAX_TEXT_LENGTH);
        assertEquals(11, SmsMessage.builder().caseId(CASE).contactId(CONTACT).timelineId(TIMELINE)
                .from(AGENT_PHONE).to(CONTACT_PHONE).text(max).build().body().segments());
        ValidationException e = Expect.invalid(() -> SmsMessage.builder().caseId(CASE).contactId(CONTACT)
                .timelineId(TIMELINE).from(AGENT_PHONE).to(CONTACT_PHONE).text(max + "y").build());
        Violation v = Expect.violation(e, "text", "at most 1600 characters");
        assertEquals("<1601 chars>", v.shownValue());
        Expect.hides(e, "xxxxx");
    }

    @Test
    void refusesSendingToTheSendingNumberWithoutShowingIt() {
        ValidationException e = Expect.invalid(() -> SmsMessage.builder().caseId(CASE).contactId(CONTACT)
                .timelineId(TIMELINE).from(AGENT_PHONE).to(PhoneNumber.parse("+1-555-010-9999")).text(TEXT).build());
        Expect.fields(e, "to");
        Violation v = Expect.violation(e, "to", "must differ from the sending number");
        assertEquals(AGENT_PHONE.toString(), v.shownValue());
        Expect.hides(e, "5550109999");
        Expect.hides(e, "0109");
    }

    @Test
    void forCaseAcceptsAnActiveCaseOnTheSameTimeline() {
        SupportCase c = Cases.active(Channel.SMS);
        SmsMessage m = forCase(c).timelineId(TIMELINE).build();
        assertEquals(CASE, m.caseId());
        assertEquals(Optional.of(c), m.knownCase());
    }

    @Test
    void forCaseRefusesADifferentTimeline() {
        ValidationException e = Expect.invalid(() -> forCase(Cases.active(Channel.SMS)).timelineId(TimelineId.of(1)).build());
        Expect.fields(e, "timelineId");
        Violation v = Expect.violation(e, "timelineId", "must be the timeline of case 2069 (4242)");
        assertEquals("1", v.shownValue());
    }

    @Test
    void forCaseAcceptsAnyTimelineWhenTheCaseDoesNotKnowIt() {
        SupportCase c = SupportCase.builder().id(CASE).status(CaseStatus.ACTIVE).contactId(CONTACT).build();
        assertEquals(TimelineId.of(1), forCase(c).timelineId(TimelineId.of(1)).build().timelineId());
    }

    @Test
    void forCaseRefusesAnInactiveCaseOfAnotherContact() {
        ValidationException e = Expect.invalid(() -> SmsMessage.builder().forCase(Cases.of(CaseStatus.PENDING, Channel.SMS))
                .contactId(OTHER_CONTACT).timelineId(TIMELINE).from(AGENT_PHONE).to(CONTACT_PHONE).text(TEXT).build());
        Expect.fields(e, "caseId", "contactId");
        Expect.violation(e, "caseId", "case 2069 is pending");
    }

    @Test
    void forCaseRefusesAnUnknownStatus() {
        ValidationException e = Expect.invalid(() -> forCase(Cases.of(CaseStatus.fromWire("snoozed"), Channel.SMS))
                .timelineId(TIMELINE).build());
        Expect.violation(e, "caseId", "case 2069 is in unknown status \"snoozed\"");
    }

    @Test
    void aBareCaseIdIsAllowedWhateverTheCaseMightBe() {
        assertEquals(Optional.empty(), valid().build().knownCase());
    }

    @Test
    void toStringNeverShowsTheTextOrTheNumbers() {
        String s = valid().build().toString();
        assertFalse(s.contains("918273"), s);
        assertFalse(s.contains("5550109999"), s);
        assertFalse(s.contains("2079460958"), s);
        assertTrue(s.contains(AGENT_PHONE.toString()), s);
    }
}
