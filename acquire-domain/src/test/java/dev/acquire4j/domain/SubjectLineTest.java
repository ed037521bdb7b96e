package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A subject becomes a mail header: one line, no control characters of any kind. */
class SubjectLineTest {
    @ParameterizedTest
    @ValueSource(strings = {"a\rb", "a\nb", "a\u0085b", "a\u2028b", "a\u2029b", "a\u000bb", "a\u000cb",
        "a\u001b[31mb", "a\u0007b", "a\u007fb", "a\u009bb", "a\u0080b", "a\tb", "\u001b"})
    void refusesLineSeparatorsAndControlCharacters(String subject) {
        ValidationException e = Expect.invalid(() -> mail(subject));
        Violation v = Expect.violation(e, "subject", "control");
        assertFalse(v.shownValue().contains(subject), "the subject is masked: " + v.shownValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Your order", "R\u00e9servation \u2013 \u65e5\u672c", "emoji \ud83d\ude00 ok", "a  b"})
    void acceptsOneLineOfText(String subject) {
        assertEquals(subject, mail(subject).subject());
    }

    private static MailMessage mail(String subject) {
        return MailMessage.builder().caseId(CaseId.of(575)).contactId(ContactId.of(597632))
                .from(EmailAddress.parse("user@acquire.io")).addTo(EmailAddress.parse("test@gmail.com"))
                .subject(subject).htmlBody("<p>body</p>").build();
    }
}
