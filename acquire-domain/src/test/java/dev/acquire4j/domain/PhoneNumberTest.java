package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "+1 (555) 010-9999   | +15550109999",
        "+15550109999        | +15550109999",
        "+44 20.7946.0958    | +442079460958",
        "'  +49-30-1234567 ' | +49301234567",
        "+33 (0)1 23 45 67 89| +330123456789",
        "+1234567            | +1234567",
        "+123456789012345    | +123456789012345",
        "+1 - 555 . 010 ( 99 ) 99 | +15550109999",
    })
    void normalisesSpacesDashesDotsAndBracketsKeepingThePlus(String text, String e164) {
        assertEquals(e164, PhoneNumber.parse(text).e164());
    }

    @Test
    void acceptsNoBreakSpacesAsSpaces() {
        assertEquals("+15550109999", PhoneNumber.parse("+1\u00a0555\u00a0010\u00a09999").e164());
    }

    @Test
    void parsedNumbersEqualByValue() {
        assertEquals(PhoneNumber.parse("+1 555 010 9999"), PhoneNumber.parse("+1-555-010-9999"));
        assertEquals(new PhoneNumber("+15550109999"), PhoneNumber.parse("+1 (555) 010-9999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"555 010 9999", "5550109999", "0044 20 7946 0958", "1-555-010-9999", "(555) 010-9999"})
    void refusesANumberWithoutItsCountryCodeAndNeverGuessesOne(String text) {
        ValidationException e = Expect.invalid(() -> PhoneNumber.parse(text));
        Expect.violation(e, "phoneNumber", "must start with + and the country code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+0 555 010 9999", "+044 20 7946 0958", "+0123456789"})
    void refusesALeadingZeroAfterThePlus(String text) {
        ValidationException e = Expect.invalid(() -> PhoneNumber.parse(text));
        Expect.violation(e, "phoneNumber", "must not start with 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 555 CALL NOW", "+1 555 010 9999 ext 12", "+1555010999x", "++15550109999",
        "+1/555/0109999", "+1\t555\t0109999", "+1_555_0109999", "+1 555 010 9999#", "+١٥٥٥٠١٠٩٩٩٩"})
    void refusesLettersAndOtherCharacters(String text) {
        ValidationException e = Expect.invalid(() -> PhoneNumber.parse(text));
        Expect.violation(e, "phoneNumber", "only digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "+1", "+123456", "+1 (23) 45-6"})
    void refusesFewerThanSevenDigits(String text) {
        ValidationException e = Expect.invalid(() -> PhoneNumber.parse(text));
        Expect.violation(e, "phoneNumber", "at least 7 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1234567890123456", "+1 555 010 9999 0000 1", "+99999999999999999999"})
    void refusesMoreThanFifteenDigits(String text) {
        ValidationException e = Expect.invalid(() -> PhoneNumber.parse(text));
        Expect.violation(e, "phoneNumber", "at most 15 digits");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "- ( ) .", "\u00a0"})
    void refusesBlankAndNull(String text) {
        ValidationException e = Expect.invalid(() -> PhoneNumber.parse(text));
        Expect.fields(e, "phoneNumber");
        String rule = e.violations().get(0).rule();
        assertEquals(text == null ? "is required" : "must not be blank", rule);
    }

    @Test
    void namesTheCallersFieldInTheViolation() {
        ValidationException e = Expect.invalid(() -> PhoneNumber.parse("to", "555 010 9999"));
        Expect.fields(e, "to");
        ValidationException missing = Expect.invalid(() -> PhoneNumber.parse("from", null));
        Expect.fields(missing, "from");
    }

    @Test
    void refusalsMaskTheNumber() {
        ValidationException e = Expect.invalid(() -> PhoneNumber.parse("+1 555 010 9999 12345 6789"));
        Expect.hides(e, "010 9999 12345");
        Expect.hides(e, "0109999");
        ValidationException noPlus = Expect.invalid(() -> PhoneNumber.parse("5550109999"));
        Expect.hides(noPlus, "5550109999");
        Expect.hides(noPlus, "01099");
    }

    @Test
    void refusalsNeverShowControlCharactersOfTheInput() {
        ValidationException e = Expect.invalid(() -> PhoneNumber.parse("+1\r\nX-Evil: 5550109999\n"));
        assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"+1 555 010 9999", "15550109999", "+1555010999x", "+123", "+01234567"})
    void theRecordConstructorAcceptsOnlyNormalisedNumbers(String e164) {
        Expect.fields(Expect.invalid(() -> new PhoneNumber(e164)), "phoneNumber");
    }

    @Test
    void toStringMasksTheMiddleDigits() {
        PhoneNumber n = PhoneNumber.parse("+1 (555) 010-9999");
        assertEquals("+155******99", n.toString());
        assertFalse(n.toString().contains("0109"), n.toString());
        assertEquals("+15550109999", n.e164());
    }
}
