package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsShortFormsAndIso8601() {
        assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
        assertEquals(Duration.ofSeconds(10), converter.convert("10s"));
        assertEquals(Duration.ofMinutes(2), converter.convert("2m"));
        assertEquals(Duration.ofHours(1), converter.convert("1h"));
        assertEquals(Duration.ofSeconds(10), converter.convert("PT10S"));
        assertEquals(Duration.ofSeconds(90), converter.convert("pt1m30s"));
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : new String[] {"", "10", "ten seconds", "-5s", "10 d", "P1X", "99999999999s",
            // ASCII only: the long s (U+017F) upper-cases to S, Arabic-Indic digits are digits to Java.
            "pt10\u017f", "PT10\u017f", "\u0661\u0660s", "10\u2003s"}) {
            assertThrows(TypeConversionException.class, () -> converter.convert(bad), bad);
        }
    }
}
