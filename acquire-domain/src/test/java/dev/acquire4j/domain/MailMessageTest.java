package dev.acquire4j.domain;

import static dev.acquire4j.domain.Cases.CASE;
import static dev.acquire4j.domain.Cases.CONTACT;
import static dev.acquire4j.domain.Cases.CUSTOMER;
import static dev.acquire4j.domain.Cases.INBOX;
import static dev.acquire4j.domain.Cases.OTHER_CONTACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailMessageTest {
    private static final String SUBJECT = "Refund for order 1234";
    private static final String BODY = "<p>Dear Jane, your refund is on its way.</p>";

    private static MailMessage.Builder valid() {
        return MailMessage.builder().caseId(CASE).contactId(CONTACT).from(INBOX).addTo(CUSTOMER)
                .subject(SUBJECT).htmlBody(BODY);
    }

    @Test
    void buildsWithEmptyCopyListsByDefault() {
        MailMessage m = valid().build();
        assertEquals(CASE, m.caseId());
        assertEquals(CONTACT, m.contactId());
        assertEquals(INBOX, m.from());
        assertEquals(List.of(CUSTOMER), m.to());
        assertEquals(List.of(), m.cc());
        assertEquals(List.of(), m.bcc());
        assertEquals(SUBJECT, m.subject());
        assertEquals(BODY, m.htmlBody());
        assertEquals(Channel.EMAIL, m.channel());
        assertEquals(Optional.empty(), m.knownCase());
    }

    @Test
    void keepsSeveralRecipientsInOrder() {
        EmailAddress second = EmailAddress.parse("b@example.org");
        MailMessage m = valid().addTo(second).addCc(second).addBcc(CUSTOMER, second).build();
        assertEquals(List.of(CUSTOMER, second), m.to());
        assertEquals(List.of(second), m.cc());
        assertEquals(List.of(CUSTOMER, second), m.bcc());
    }

    @Test
    void reportsEveryMissingFieldInOneException() {
        ValidationException e = Expect.invalid(() -> MailMessage.builder().build());
        Expect.fields(e, "caseId", "contactId", "from", "to", "subject", "htmlBody");
        Expect.violation(e, "to", "needs at least one recipient");
        assertTrue(e.getMessage().startsWith("Invalid MailMessage (nothing was sent): "), e.getMessage());
    }

    @Test
    void needsAtLeastOneToEvenWithCopies() {
        ValidationException e = Expect.invalid(() -> MailMessage.builder().caseId(CASE).contactId(CONTACT).from(INBOX)
                .addCc(CUSTOMER).addBcc(CUSTOMER).subject(SUBJECT).htmlBody(BODY).build());
        Expect.fields(e, "to");
    }

    @Test
    void refusesNullRecipients() {
        ValidationException e = Expect.invalid(() -> MailMessage.builder().caseId(CASE).contactId(CONTACT).from(INBOX)
                .addTo(CUSTOMER, null).addCc((EmailAddress) null).subject(SUBJECT).htmlBody(BODY).build());
        Expect.fields(e, "to[1]", "cc[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Refund\r\nBcc: eve@evil.com", "Refund\n", "\rRefund", "Re\r\nfund"})
    void refusesCrAndLfInTheSubjectWithoutShowingIt(String subject) {
        ValidationException e = Expect.invalid(() -> MailMessage.builder().caseId(CASE).contactId(CONTACT).from(INBOX)
                .addTo(CUSTOMER).subject(subject).htmlBody(BODY).build());
        Expect.fields(e, "subject");
        Violation v = Expect.violation(e, "subject", "must be a single line");
        assertEquals("<" + subject.length() + " chars>", v.shownValue());
        Expect.hides(e, "Refund");
        Expect.hides(e, "Re");
        assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aMultiLineBodyIsFine() {
        String body = "<p>a</p>\r\n<p>b</p>";
        assertEquals(body, MailMessage.builder().caseId(CASE).contactId(CONTACT).from(INBOX).addTo(CUSTOMER)
                .subject(SUBJECT).htmlBody(body).build().htmlBody());
    }

    @Test
    void limitsTheSubjectTo998Characters() {
        String ok = "s".repeat(MailMessage.MAX_SUBJECT_LENGTH);
        assertEquals(ok, MailMessage.builder().caseId(CASE).contactId(CONTACT).from(INBOX).addTo(CUSTOMER)
                .subject(ok).htmlBody(BODY).build().subject());
        ValidationException e = Expect.invalid(() -> MailMessage.builder().caseId(CASE).contactId(CONTACT).from(INBOX)
                .addTo(CUSTOMER).subject(ok + "s").htmlBody(BODY).build());
        Violation v = Expect.violation(e, "subject", "at most 998 characters");
        assertEquals("<999 chars>", v.shownValue());
    }

    @Test
    void refusesABlankSubjectAndBody() {
        ValidationException e = Expect.invalid(() -> MailMessage.builder().caseId(CASE).contactId(CONTACT).from(INBOX)
                .addTo(CUSTOMER).subject("  ").htmlBody("").build());
        Expect.fields(e, "subject", "htmlBody");
        e.violations().forEach(v -> assertEquals("must not be blank", v.rule()));
    }

    @Test
    void forCaseAcceptsAnActiveEmailCase() {
        SupportCase c = Cases.active(Channel.EMAIL);
        MailMessage m = forCase(c).contactId(CONTACT).build();
        assertEquals(CASE, m.caseId());
        assertEquals(Optional.of(c), m.knownCase());
    }

    @Test
    void forCaseAcceptsAnActiveCaseOnAnUnknownChannel() {
        SupportCase c = SupportCase.builder().id(CASE).status(CaseStatus.ACTIVE).contactId(CONTACT).build();
        assertEquals(CASE, forCase(c).contactId(CONTACT).build().caseId());
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"CHAT", "SMS"})
    void forCaseRefusesACaseOnAnotherChannel(Channel channel) {
        ValidationException e = Expect.invalid(() -> forCase(Cases.active(channel)).contactId(CONTACT).build());
        Expect.fields(e, "caseId");
        Expect.violation(e, "caseId", "a mail needs a case on the email channel, but case 2069 is on " + channel.wireName());
    }

    @Test
    void forCaseRefusesAClosedCaseOfAnotherContactOnChatAllAtOnce() {
        ValidationException e = Expect.invalid(() -> forCase(Cases.of(CaseStatus.CLOSED, Channel.CHAT))
                .contactId(OTHER_CONTACT).build());
        Expect.fields(e, "caseId", "caseId", "contactId");
        Expect.violation(e, "caseId", "case 2069 is closed");
        Expect.violation(e, "caseId", "is on chat");
        Expect.violation(e, "contactId", "must be the contact of case 2069");
    }

    @Test
    void aBareCaseIdIsAllowedWhateverTheCaseMightBe() {
        assertEquals(Optional.empty(), valid().build().knownCase());
    }

    @Test
    void toStringNeverShowsSubjectBodyOrLocalParts() {
        String s = valid().addCc(EmailAddress.parse("carl.copy@example.com")).build().toString();
        assertFalse(s.contains("Refund"), s);
        assertFalse(s.contains("Dear Jane"), s);
        assertFalse(s.contains("jane.customer"), s);
        assertFalse(s.contains("carl.copy"), s);
        assertFalse(s.contains("support@"), s);
        assertTrue(s.contains("j***@example.com"), s);
    }

    private static MailMessage.Builder forCase(SupportCase c) {
        return MailMessage.builder().forCase(c).from(INBOX).addTo(CUSTOMER).subject(SUBJECT).htmlBody(BODY);
    }
}
