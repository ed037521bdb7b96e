package dev.acquire4j.protocol;

import dev.acquire4j.protocol.spi.WireRequest;
import dev.acquire4j.protocol.spi.Header;
import dev.acquire4j.domain.SentMessage;
import static dev.acquire4j.protocol.Fixtures.KEY;
import static dev.acquire4j.protocol.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.ports.SendFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Tests that the API key never shows in an error, a request's text form, or a header's. */
class SecretMaskingTest {
    private final AcquireProtocol protocol = Fixtures.protocol();
    private final Call<SentMessage> chatCall = protocol.call(Fixtures.chat());
    private final WireRequest chat = chatCall.request();

    static Stream<String> echoingBodies() {
        return Stream.of(
                "{\"error\":\"ERROR_UNAUTHORIZED\",\"headers\":{\"Authorization\":\"Bearer " + KEY + "\"}}",
                "{\"key\":\"" + KEY.replace("/", "\\/") + "\",\"code\":\"ERROR_UNAUTHORIZED\"}",
                "Unauthorized: Bearer " + KEY,
                "x".repeat(4090) + KEY,
                "x".repeat(4100) + KEY,
                KEY + " " + KEY);
    }

    @ParameterizedTest
    @MethodSource("echoingBodies")
    void anErrorBodyEchoingTheKeyIsMasked(String body) {
        for (int status : new int[] {400, 401, 403, 404, 429, 500, 503, 302, 200}) {
            SendFailedException e = assertThrows(SendFailedException.class,
                    () -> protocol.read(chatCall, status, StatusMappingTest.headers(Map.of("x-request-id", KEY)), utf8(body), 1));
            assertNoKey(e.getMessage());
            assertNoKey(e.toString());
            assertNoKey(e.details().toString());
            assertNoKey(e.details().body().orElse(""));
            assertNoKey(e.details().requestId().orElse(""));
        }
    }

    @Test
    void theMaskIsVisibleWhereTheKeyWas() {
        SendFailedException e = assertThrows(SendFailedException.class,
                () -> protocol.read(chatCall, 401, Fixtures.NO_HEADERS, utf8("Bearer " + KEY), 1));
        assertEquals("Bearer <redacted>", e.details().body().orElseThrow());
    }

    @Test
    void transportFailuresDoNotQuoteTheCausesMessage() {
        SendFailedException e = protocol.transportFailure(chat, new IOException("sent Authorization: Bearer " + KEY), true, 1);
        assertNoKey(e.getMessage());
        SendFailedException c = protocol.transportFailure(chat, new IOException(KEY), false, 1);
        assertNoKey(c.getMessage());
    }

    @Test
    void requestsAndHeadersPrintWithoutTheKey() {
        assertNoKey(chat.toString());
        assertNoKey(chat.headers().toString());
        assertNoKey(protocol.toString());
        assertFalse(chat.toString().contains("Hey added"), "no body in toString");
    }

    @Test
    void theKeyTravelsOnlyInTheAuthorizationHeader() {
        assertTrue(chat.header("Authorization").orElseThrow().endsWith(KEY));
        assertFalse(chat.uri().toString().contains(KEY));
        assertFalse(new String(chat.body(), StandardCharsets.UTF_8).contains(KEY));
        assertEquals(List.of("Authorization"),
                chat.headers().stream().filter(h -> h.value().contains(KEY)).map(Header::name).toList());
    }

    private static void assertNoKey(String text) {
        assertFalse(text.contains(KEY), () -> "key shown in: " + text);
        assertFalse(text.contains(KEY.substring(0, 12)), () -> "part of the key shown in: " + text);
    }
}
