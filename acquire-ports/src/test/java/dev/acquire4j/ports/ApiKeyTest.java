package dev.acquire4j.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acquire4j.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {
    private static final String KEY = "ak_live_9f8e7d6c5b4a";

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n", "\t\r\n"})
    void refusesABlankKey(String secret) {
        ValidationException e = assertThrows(ValidationException.class, () -> ApiKey.of(secret));
        assertEquals("apiKey", e.violations().get(0).field());
        assertEquals("", e.violations().get(0).shownValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ak_live_9f8e7d6c5b4a tail", "ak_live_9f8e7d6c5b4a\r\nX-Evil: 1", "ak_live_9f8e7d6c5b4a\ttab",
        "ak_live_9f8e7d6c5b4a\u0000", "ak_live_9f8e7d6c5b4a\u007f", "ak_live_9f8e7d6c5b4aé", "ak_live_9f8e7d6c5b4a\u00a0x"})
    void refusesWhitespaceControlAndNonAsciiInsideWithoutEchoingTheKey(String secret) {
        ValidationException e = assertThrows(ValidationException.class, () -> ApiKey.of(secret));
        assertEquals("apiKey", e.violations().get(0).field());
        assertEquals("<redacted>", e.violations().get(0).shownValue());
        assertFalse(e.getMessage().contains("9f8e7d"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {KEY, " " + KEY, KEY + "\n", "\t" + KEY + "\r\n"})
    void stripsSurroundingWhitespace(String secret) {
        assertEquals(KEY, ApiKey.of(secret).reveal());
        assertEquals(ApiKey.of(KEY), ApiKey.of(secret));
        assertEquals(ApiKey.of(KEY).hashCode(), ApiKey.of(secret).hashCode());
    }

    @Test
    void neverPrintsTheKey() {
        assertEquals("ApiKey[redacted]", ApiKey.of(KEY).toString());
        assertNotEquals(ApiKey.of(KEY), ApiKey.of(KEY + "x"));
    }
}
