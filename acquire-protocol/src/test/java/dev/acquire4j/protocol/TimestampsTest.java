package dev.acquire4j.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests that the hand-read timestamp shape agrees with java.time, and that other shapes still work. */
class TimestampsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2021-03-30T16:05:46.000Z", "2021-03-30T16:05:46Z", "2021-03-30T16:05:46.5Z",
            "2021-03-30T16:05:46.123456789Z", "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z"})
    void fastShapeAgreesWithInstantParse(String text) {
        assertEquals(Instant.parse(text), Timestamps.parse(text));
    }

    @Test
    void offsetsGoThroughJavaTime() {
        assertEquals(Instant.parse("2021-03-30T14:05:46Z"), Timestamps.parse("2021-03-30T16:05:46+02:00"));
        assertEquals(Instant.parse("2021-03-30T16:05:46.250Z"), Timestamps.parse(" 2021-03-30T16:05:46.25+00:00 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-30T16:05:46.000Z", "2021-13-01T00:00:00Z", "2021-03-30T24:00:00Z",
            "2021-03-30T16:05:46.1234567890Z", "2021-03-30 16:05:46", "2021-03-30T16:05:46",
            "2021-03-30", "2021-03-3aT16:05:46Z", "yesterday"})
    void otherTextIsNull(String text) {
        assertNull(Timestamps.parse(text));
    }
}
