package dev.acquire4j.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests that Retry-After is read in both of its forms and capped. */
class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    @Test
    void seconds() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("0", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(5)), RetryAfter.parse(" 5 ", NOW));
    }

    @Test
    void secondsAreCappedAtOneHour() {
        assertEquals(Optional.of(RetryAfter.MAX), RetryAfter.parse("3601", NOW));
        assertEquals(Optional.of(Duration.ofHours(1)), RetryAfter.parse("99999999999999999999999", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(3600)), RetryAfter.parse("3600", NOW));
    }

    @Test
    void httpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Wed, 21 Oct 2015 07:29:30 GMT", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("21 Oct 2015 07:29:30 GMT", NOW));
    }

    @Test
    void httpDateInThePastIsZeroAndFarAwayIsCapped() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW));
        assertEquals(Optional.of(RetryAfter.MAX), RetryAfter.parse("Fri, 01 Jan 2016 00:00:00 GMT", NOW));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "-5", "1.5", "soon", "2015-10-21T07:29:30Z", "Wed, 32 Oct 2015 07:29:30 GMT", "+5"})
    void unreadableIsEmpty(String value) {
        assertEquals(Optional.empty(), RetryAfter.parse(value, NOW));
    }

    @Test
    void withoutAnInstantMeasuresFromNow() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse("7"));
    }
}
