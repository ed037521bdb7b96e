package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.com", "first.last+tag@sub.example.co.uk", "o'brien@example.ie", "x@a.io",
        "a!#$%&'*+/=?^_`{|}~-b@example.com", "ann@xn--bcher-kva.example", "ann@1example.com", "ann@example.c0m",
        "ann@a-b.example"})
    void acceptsPracticalAddresses(String text) {
        assertEquals(text, EmailAddress.parse(text).value());
        assertEquals(text, new EmailAddress(text).value());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Ann@Example.COM, Ann@example.com", "ANN@EXAMPLE.ORG, ANN@example.org"})
    void lowerCasesTheDomainAndKeepsTheLocalPart(String text, String expected) {
        EmailAddress parsed = EmailAddress.parse(text);
        assertEquals(expected, parsed.value());
        assertEquals(expected.substring(expected.indexOf('@') + 1), parsed.domain());
        assertEquals(parsed, new EmailAddress(text), "the record constructor normalises the same way");
    }

    @Test
    void aDifferentLocalCaseIsADifferentAddress() {
        assertFalse(EmailAddress.parse("Ann@example.com").equals(EmailAddress.parse("ann@example.com")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ann <ann@example.com>", "\"Ann\" <ann@example.com>"})
    void refusesDisplayNames(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "no display name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<ann@example.com>", "\"ann\"@example.com", "\"ab\"@example.com",
        "ann\"@example.com"})
    void refusesAngleBracketsAndQuotes(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "without a display name or quotes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann @example.com", "ann@exa mple.com", " ann@example.com", "ann@example.com ",
        "\tann@example.com", "an\u0000n@example.com", "ann\u2028@example.com"})
    void refusesWhitespaceAndControlCharacters(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "must not contain spaces or control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann\u00a0@example.com", "ann@example.com\u00a0", "ann@exa\u2007mple.com"})
    void refusesNoBreakSpacesThroughTheCharacterRules(String text) {
        Expect.fields(Expect.invalid(() -> EmailAddress.parse(text)), "emailAddress");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.com\r\nBcc: eve@evil.com", "ann\n@example.com", "ann@example.com\r"})
    void refusesCrAndLfWithoutEchoingThem(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "must not contain CR or LF");
        assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann.example.com", "ann", "ann@b@example.com", "@@example.com", "ann@example.com@"})
    void needsExactlyOneAt(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "exactly one @");
    }

    @ParameterizedTest
    @ValueSource(strings = {".ann@example.com", "ann.@example.com", "an..n@example.com", ".@example.com"})
    void refusesLeadingTrailingAndDoubleDotsBeforeTheAt(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "dot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jöse@example.com", "ann(x)@example.com", "a,b@example.com", "a;b@example.com",
        "a:b@example.com", "a\\b@example.com", "a[b]@example.com"})
    void refusesCharactersOutsideTheDotAtomBeforeTheAt(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "not allowed before the @");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example..com", "ann@.example.com", "ann@example.com."})
    void refusesEmptyDomainLabels(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "domain labels of 1 to 63");
    }

    @Test
    void refusesADomainLabelOverSixtyThreeCharacters() {
        Expect.violation(Expect.invalid(() -> EmailAddress.parse("ann@" + "a".repeat(64) + ".com")),
                "emailAddress", "domain labels of 1 to 63");
        assertEquals("ann@" + "a".repeat(63) + ".com", EmailAddress.parse("ann@" + "a".repeat(63) + ".com").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@-example.com", "ann@example-.com", "ann@example.-com"})
    void refusesDomainLabelsStartingOrEndingWithADash(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "starts or ends with a dash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@exa_mple.com", "ann@exämple.com", "ann@[192.168.0.1]", "ann@example.com/x",
        "ann@exa+mple.com"})
    void refusesOtherCharactersInTheDomain(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "not allowed in the domain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@localhost", "ann@", "ann@com"})
    void needsADomainWithADot(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "at least one dot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@192.168.0.1", "ann@example.123", "ann@example.0"})
    void refusesANumericTopLevelLabel(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", "numeric label");
    }

    @Test
    void acceptsTwoHundredFiftyFourCharactersAndRefusesMore() {
        String domain254 = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
        String ok = "x@" + domain254.substring(domain254.length() - 252);
        assertEquals(254, ok.length());
        assertEquals(ok, EmailAddress.parse(ok).value());
        String tooLong = "xy@" + domain254.substring(domain254.length() - 252);
        assertEquals(255, tooLong.length());
        Expect.violation(Expect.invalid(() -> EmailAddress.parse(tooLong)), "emailAddress", "at most 254 characters");
    }

    @Test
    void acceptsSixtyFourCharactersBeforeTheAtAndRefusesMore() {
        assertEquals(64, EmailAddress.parse("a".repeat(64) + "@example.com").value().indexOf('@'));
        ValidationException e = Expect.invalid(() -> EmailAddress.parse("a".repeat(65) + "@example.com"));
        Expect.violation(e, "emailAddress", "1 to 64 characters before the @");
        Expect.violation(Expect.invalid(() -> EmailAddress.parse("@example.com")), "emailAddress", "1 to 64");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesBlankAndNull(String text) {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse(text));
        Expect.violation(e, "emailAddress", text == null ? "is required" : "must not be blank");
        Expect.fields(Expect.invalid(() -> new EmailAddress(text)), "emailAddress");
    }

    @Test
    void namesTheCallersField() {
        Expect.fields(Expect.invalid(() -> EmailAddress.parse("to[2]", "ann@example")), "to[2]");
    }

    @Test
    void refusalsAndToStringMaskTheLocalPart() {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse("secret.person@example..com"));
        Expect.hides(e, "secret.person");
        assertEquals("s***@example..com", e.violations().get(0).shownValue());
        EmailAddress a = EmailAddress.parse("secret.person@Example.com");
        assertEquals("s***@example.com", a.toString());
        assertEquals("secret.person@example.com", a.value());
    }

    @Test
    void refusalsNeverShowAControlCharacterFirstInTheAddress() {
        ValidationException e = Expect.invalid(() -> EmailAddress.parse("\r\nBcc: eve@evil.com"));
        assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n"), e.getMessage());
    }
}
