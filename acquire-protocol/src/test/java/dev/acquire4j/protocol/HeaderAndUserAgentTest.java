package dev.acquire4j.protocol;

import dev.acquire4j.protocol.spi.WireRequest;
import dev.acquire4j.protocol.spi.Header;
import dev.acquire4j.ports.Operation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests header checks, the text forms that must hide the key, and the User-Agent. */
class HeaderAndUserAgentTest {
    @ParameterizedTest
    @ValueSource(strings = {"a\r\nX-Evil: 1", "a\nb", "a\rb", "a\u0000b", "a\u007fb"})
    void headerValuesWithControlCharactersAreRefusedWithoutShowingThem(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Header("X-Test", value));
        assertTrue(e.getMessage().contains("X-Test"));
        assertFalse(e.getMessage().contains(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bad Name", "Bad:Name", "Na\nme", "Ñame"})
    void headerNamesMustBeTokens(String name) {
        assertThrows(IllegalArgumentException.class, () -> new Header(name, "v"));
    }

    @Test
    void tabsAreAllowedAndNamesCompareWithoutCase() {
        Header h = new Header("X-Test", "a\tb");
        assertTrue(h.is("x-test"));
        assertEquals("X-Test: a\tb", h.toString());
        assertEquals("authorization: <redacted>", new Header("authorization", "Bearer k").toString());
    }

    @Test
    void wireRequestsCompareBodiesByContent() {
        WireRequest a = new WireRequest(Operation.SEND_CHAT, "POST", URI.create("http://h/p"), "POST /p", List.of(), new byte[] {1, 2});
        WireRequest b = new WireRequest(Operation.SEND_CHAT, "POST", URI.create("http://h/p"), "POST /p", List.of(), new byte[] {1, 2});
        WireRequest c = new WireRequest(Operation.SEND_CHAT, "POST", URI.create("http://h/p"), "POST /p", List.of(), new byte[] {1, 3});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertEquals("WireRequest[POST http://h/p, headers=[], body=2 bytes]", a.toString());
    }

    @Test
    void userAgentNamesLibraryVersionAndJava() {
        String ua = UserAgent.value(Optional.empty());
        assertEquals("acquire4j/" + UserAgent.libraryVersion() + " Java/" + System.getProperty("java.version"), ua);
        assertFalse(UserAgent.libraryVersion().startsWith("${"), "the resource is filtered by Maven");
        assertNotEquals(UserAgent.UNKNOWN_VERSION, UserAgent.libraryVersion());
        assertEquals(ua + " billing/2.3", UserAgent.value(Optional.of("billing/2.3")));
    }

    @Test
    void requestsCarryTheApplicationName() {
        AcquireProtocol p = new AcquireProtocol(ClientSettings.builder().baseUri(Fixtures.BASE).apiKey(ApiKey.of("k"))
                .applicationName("billing/2.3").build());
        assertTrue(p.call(Fixtures.chat()).request().header("user-agent").orElseThrow().endsWith(" billing/2.3"));
    }
}
