package dev.acquire4j.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.ValidationException;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the key goes: an account id is an ASCII DNS label before any case folding, and a base URI's
 * port is one a connection can use.
 */
class AsciiOnlyAddressTest {
    private static final ApiKey KEY = ApiKey.of("ak_live_9f8e7d6c5b4a");

    @ParameterizedTest
    @ValueSource(strings = {"\u212Acme", "ac\u212Ae", "\u212A", "\u0130cme", "acm\u0131", "\uff41cme", "acm\u00e9"})
    void refusesNonAsciiAccountsInsteadOfFoldingThem(String account) {
        // Lower-cased first, the Kelvin sign (U+212A) would become an ASCII "k" and reach another host.
        ValidationException e = assertThrows(ValidationException.class, () -> AccountId.of(account));
        assertTrue(e.violations().get(0).rule().contains("DNS label"), e.getMessage());
        ValidationException viaSettings = assertThrows(ValidationException.class,
                () -> ClientSettings.builder().account(account).apiKey(KEY).build());
        assertEquals("account", viaSettings.violations().get(0).field());
    }

    @ParameterizedTest
    @CsvSource({"ACME, acme", "Ac-Me9, ac-me9", "k, k", "K, k"})
    void stillLowerCasesAsciiLetters(String given, String expected) {
        assertEquals(expected, AccountId.of(given).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com:99999", "https://example.com:65536", "https://example.com:0",
        "http://127.0.0.1:99999/api", "https://example.com:00", "https://example.com:/api", "http://[::1]:70000"})
    void refusesPortsOutsideOneTo65535(String uri) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ClientSettings.builder().baseUri(URI.create(uri)).apiKey(KEY).build());
        assertEquals("baseUri", e.violations().get(0).field());
        assertTrue(e.violations().get(0).rule().contains("port"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"https://example.com:1, https://example.com:1", "https://example.com:65535/api, https://example.com:65535/api",
        "http://127.0.0.1:8080/, http://127.0.0.1:8080"})
    void acceptsPortsFromOneTo65535(String given, String expected) {
        assertEquals(URI.create(expected),
                ClientSettings.builder().baseUri(URI.create(given)).apiKey(KEY).build().baseUri());
    }
}
