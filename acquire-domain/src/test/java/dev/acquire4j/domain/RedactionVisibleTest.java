package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link Redaction#visible} escapes: what could hide, move or restyle text; nothing else. */
class RedactionVisibleTest {
    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0000, \\u0000", "0009, \\u0009", "000A, \\n", "000D, \\r", "001B, \\u001b", "007F, \\u007f",
        "0080, \\u0080", "0085, \\u0085", "009F, \\u009f", "061C, \\u061c", "200E, \\u200e", "200F, \\u200f",
        "202A, \\u202a", "202E, \\u202e", "2066, \\u2066", "2069, \\u2069", "2028, \\u2028", "2029, \\u2029"})
    void escapesControlAndBidiCharacters(String hex, String escaped) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        assertEquals("a" + escaped + "b", Redaction.visible("a" + c + "b"));
        assertEquals("\"a" + escaped + "b\"", Redaction.plain("a" + c + "b"));
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0020", "007E", "00A0", "00E9", "200B", "2030", "2065", "206A", "65E5", "1F600"})
    void keepsEverythingElse(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        assertEquals("a" + c + "b", Redaction.visible("a" + c + "b"));
    }
}
