package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Support cases, contacts, sent messages, violations and redaction. */
class ValuesTest {

    @Test
    void aSupportCaseNeedsItsIdAndStatus() {
        Expect.fields(Expect.invalid(() -> SupportCase.builder().build()), "id", "status");
        SupportCase c = SupportCase.builder().id(CaseId.of(1)).status(CaseStatus.ACTIVE).build();
        assertEquals(Optional.empty(), c.channel());
        assertEquals(Optional.empty(), c.contactId());
        assertEquals(Optional.empty(), c.threadId());
        assertEquals(Optional.empty(), c.timelineId());
    }

    @Test
    void aContactNeedsItsIdAndHidesItsPersonalData() {
        Expect.fields(Expect.invalid(() -> Contact.builder().build()), "id");
        Contact c = Contact.builder().id(ContactId.of(5)).name("Jane Customer")
                .phone(PhoneNumber.parse("+15550109999")).email(EmailAddress.parse("jane@example.com")).build();
        String s = c.toString();
        assertFalse(s.contains("Jane"), s);
        assertFalse(s.contains("0109"), s);
        assertFalse(s.contains("jane@"), s);
        assertEquals(Optional.of("Jane Customer"), c.name());
    }

    @Test
    void aSentMessageNeedsIdAndChannelAndHidesItsText() {
        Expect.fields(Expect.invalid(() -> SentMessage.builder().build()), "id", "channel");
        SentMessage m = SentMessage.builder().id(MessageId.of(9)).channel(Channel.CHAT).text("very private words")
                .createdAt(Instant.parse("2021-03-30T16:05:46.000Z")).build();
        assertFalse(m.toString().contains("private"), m.toString());
        assertEquals(Optional.of("very private words"), m.text());
    }

    @Test
    void aViolationPrintsFieldRuleAndShownValue() {
        assertEquals("to: must be set", new Violation("to", "must be set", "").toString());
        assertEquals("to: must differ (was +155******99)", new Violation("to", "must differ", "+155******99").toString());
        assertThrows(NullPointerException.class, () -> new Violation(null, "r", ""));
        assertThrows(NullPointerException.class, () -> new Violation("f", null, ""));
        assertThrows(NullPointerException.class, () -> new Violation("f", "r", null));
    }

    @Test
    void aValidationExceptionNeedsAViolationAndListsThemAll() {
        assertThrows(IllegalArgumentException.class, () -> new ValidationException("X", List.of()));
        ValidationException e = new ValidationException("X",
                List.of(new Violation("a", "is required", ""), new Violation("b", "must be short", "<9 chars>")));
        assertEquals("Invalid X (nothing was sent): a: is required; b: must be short (was <9 chars>)", e.getMessage());
        assertTrue(e.hasViolationOn("b"));
        assertFalse(e.hasViolationOn("c"));
        assertThrows(UnsupportedOperationException.class, () -> e.violations().add(new Violation("c", "r", "")));
        assertTrue(e instanceof AcquireException);
    }

    @Test
    void violationsCollectNestedOnesUnderAPrefix() {
        ValidationException nested = ValidationException.of("EmailAddress", "emailAddress", "bad", "x");
        Violations v = Violations.of("Outer").addAll("to[0]", nested).addIf(false, "b", "r", "");
        ValidationException e = Expect.invalid(v::throwIfAny);
        assertEquals(List.of(new Violation("to[0]", "bad", "x")), e.violations());
        Violations none = Violations.of("Outer");
        assertTrue(none.isEmpty());
        none.throwIfAny();
    }

    @Test
    void redactionMasksPersonalDataAndEscapesControls() {
        assertEquals("+155******99", Redaction.phone("+15550109999"));
        assertEquals("***", Redaction.phone("+12"));
        assertEquals("", Redaction.phone(null));
        assertEquals("j***@example.com", Redaction.email("jane@example.com"));
        assertEquals("<4 chars>", Redaction.email("jane"));
        assertEquals("\\r***@x.com", Redaction.email("\r@x.com"));
        assertEquals("<5 chars>", Redaction.text("hello"));
        assertEquals("\"a\\r\\nb\\u0000\"", Redaction.plain("a\r\nb\0"));
        assertEquals("", Redaction.plain(null));
        assertEquals("", Redaction.text(null));
    }
}
