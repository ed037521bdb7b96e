package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five id types share one rule (positive) and one text form (decimal). */
class IdsTest {

    /** One id type: its field name, its factory from a number, from text, and its value back. */
    record IdType(String field, LongFunction<Object> of, Function<String, Object> parse, Function<Object, Long> value) {
        @Override
        public String toString() {
            return field;
        }
    }

    static Stream<IdType> idTypes() {
        return Stream.of(
                new IdType("caseId", CaseId::of, CaseId::parse, o -> ((CaseId) o).value()),
                new IdType("contactId", ContactId::of, ContactId::parse, o -> ((ContactId) o).value()),
                new IdType("threadId", ThreadId::of, ThreadId::parse, o -> ((ThreadId) o).value()),
                new IdType("timelineId", TimelineId::of, TimelineId::parse, o -> ((TimelineId) o).value()),
                new IdType("messageId", MessageId::of, MessageId::parse, o -> ((MessageId) o).value()));
    }

    static Stream<Arguments> idTypesWithNonPositive() {
        return idTypes().flatMap(t -> Stream.of(0L, -1L, Long.MIN_VALUE).map(n -> Arguments.of(t, n)));
    }

    static Stream<Arguments> idTypesWithBadText() {
        return idTypes().flatMap(t -> Stream.of("", "   ", "abc", "1.5", "12a", "0x10", "0", "-7",
                "99999999999999999999", "9223372036854775808",
                // ASCII digits only, as the API writes ids: no sign, no other script's digits.
                "+42", "+0", "\u0664\u0662", "4\u0662", "\uff14\uff12", "\u096a\u0968", "42\u00b2",
                "\u200e42", "42\u2003").map(s -> Arguments.of(t, s)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void acceptsPositiveNumbers(IdType type) {
        assertEquals(1L, type.value().apply(type.of().apply(1)));
        assertEquals(Long.MAX_VALUE, type.value().apply(type.of().apply(Long.MAX_VALUE)));
        assertEquals(2069L, type.value().apply(type.of().apply(2069)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("idTypesWithNonPositive")
    void refusesNonPositiveNumbersNamingTheField(IdType type, long n) {
        ValidationException e = Expect.invalid(() -> type.of().apply(n));
        Violation v = Expect.violation(e, type.field(), "positive");
        assertEquals(Long.toString(n), v.shownValue());
        assertTrue(e.getMessage().contains(type.field()), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void parsesDecimalTextAroundWhitespace(IdType type) {
        assertEquals(597759L, type.value().apply(type.parse().apply("597759")));
        assertEquals(42L, type.value().apply(type.parse().apply(" 42\n")));
        assertEquals(type.of().apply(42), type.parse().apply("42"));
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @MethodSource("idTypesWithBadText")
    void refusesTextThatIsNotAPositiveWholeNumber(IdType type, String text) {
        ValidationException e = Expect.invalid(() -> type.parse().apply(text));
        Expect.fields(e, type.field());
        assertTrue(e.violations().get(0).rule().contains("positive"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void refusesNullTextAsRequired(IdType type) {
        ValidationException e = Expect.invalid(() -> type.parse().apply(null));
        Expect.violation(e, type.field(), "is required");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void printsTheDecimalNumberAndComparesByValue(IdType type) {
        Object id = type.of().apply(2069);
        assertEquals("2069", id.toString());
        assertEquals(type.of().apply(2069), id);
        assertEquals(type.of().apply(2069).hashCode(), id.hashCode());
        assertNotEquals(type.of().apply(2070), id);
    }

    @org.junit.jupiter.api.Test
    void idsOfDifferentKindsAreNotEqual() {
        assertNotEquals(CaseId.of(5), ContactId.of(5));
    }
}
