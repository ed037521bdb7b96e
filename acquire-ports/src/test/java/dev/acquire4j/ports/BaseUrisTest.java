package dev.acquire4j.ports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loopback is recognised by its literal form only, so no name is ever looked up. */
class BaseUrisTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.5.6.7", "127.255.255.255", "localhost", "LocalHost", "[::1]", "::1",
        "[0:0:0:0:0:0:0:1]"})
    void recognisesLoopbackLiterals(String host) {
        assertTrue(BaseUris.isLoopback(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1.evil.com", "127.0.0", "127.0.0.1.2", "127.0.0.256", "127.0.0.-1", "127.0.0.",
        "128.0.0.1", "10.0.0.1", "0.0.0.0", "localhost.evil.com", "evil-localhost", "[::2]", "[::ffff:127.0.0.1]",
        "127.0.0.1a", "", "127..0.1"})
    void refusesEverythingElse(String host) {
        assertFalse(BaseUris.isLoopback(host), host);
    }
}
