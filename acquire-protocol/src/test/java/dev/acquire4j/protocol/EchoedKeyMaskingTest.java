package dev.acquire4j.protocol;

import static dev.acquire4j.protocol.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.SendFailedException;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property test: whatever JSON escaping a server applies to an echoed key (short escapes,
 * {@code \\uXXXX} of any character in either case, or a mix with raw characters), the key never
 * survives in the kept body.
 */
class EchoedKeyMaskingTest {
    /** Characters a key is drawn from: the awkward ones weighted up. */
    private static final String AWKWARD = "\"\\/\b\f\n\r\t\u0000\u001f\u007f\u00e9\u20ac\u202e";

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyJsonEscapedFormOfTheKeyIsMasked(long seed) {
        Random random = new Random(seed);
        String key = randomKey(random);
        ErrorBodies bodies = new ErrorBodies(new JsonFactory(), key);
        for (int form = 0; form < 5; form++) {
            String echoed = escape(key, random);
            String body = "{\"error\":\"ERROR_UNAUTHORIZED\",\"key\":\"" + echoed + "\",\"again\":\"x" + echoed + "y\"}";
            String kept = bodies.text(utf8(body));
            assertFalse(kept.contains(echoed), () -> "seed " + seed + ": echoed form kept: " + kept);
            assertEquals(2, kept.split("<redacted>", -1).length - 1, () -> "seed " + seed + ": " + kept);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theFormJacksonWritesIsMasked(long seed) throws JsonProcessingException {
        String key = randomKey(new Random(seed));
        String body = Fixtures.MAPPER.writeValueAsString(java.util.Map.of("echo", key));
        String kept = new ErrorBodies(new JsonFactory(), key).text(utf8(body));
        assertEquals("{\"echo\":\"<redacted>\"}", kept, () -> "seed " + seed);
    }

    @Test
    void aKeyWithQuotesAndBackslashesIsMaskedInTheExceptionToo() {
        String key = "sk_live_\"q\\b/x";
        AcquireProtocol protocol = new AcquireProtocol(ClientSettings.builder().baseUri(Fixtures.BASE)
                .apiKey(ApiKey.of(key)).build());
        String echoed = "sk_live_\\\"q\\u005cb\\/x"; // \" for the quote, a \ u escape for the backslash
        SendFailedException e = assertThrows(SendFailedException.class, () -> protocol.read(
                protocol.call(Fixtures.chat()), 401, Fixtures.NO_HEADERS,
                utf8("{\"code\":\"ERROR_UNAUTHORIZED\",\"key\":\"" + echoed + "\"}"), 1));
        for (String text : new String[] {e.getMessage(), e.toString(), e.details().toString(),
            e.details().body().orElseThrow()}) {
            assertFalse(text.contains("q\\u005cb"), text);
            assertFalse(text.contains("sk_live_"), text);
        }
        assertTrue(e.details().body().orElseThrow().contains("<redacted>"));
    }

    @Test
    void textThatOnlyResemblesTheKeyIsKept() {
        ErrorBodies bodies = new ErrorBodies(new JsonFactory(), "ab/c");
        assertEquals("ab\\\\/c abc a\\u0062\\/d", bodies.text(utf8("ab\\\\/c abc a\\u0062\\/d")));
        assertEquals("<redacted> <redacted>", bodies.text(utf8("ab/c A\\u0062\\/\\u0063".replace("A", "a"))));
    }

    private static String randomKey(Random random) {
        StringBuilder key = new StringBuilder("k");
        int length = 1 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(4);
            if (pick == 0) {
                key.append(AWKWARD.charAt(random.nextInt(AWKWARD.length())));
            } else if (pick == 1 && random.nextInt(4) == 0) {
                key.appendCodePoint(0x1F600 + random.nextInt(40)); // outside the BMP: a surrogate pair
            } else {
                key.append((char) ('!' + random.nextInt(94)));
            }
        }
        return key.toString();
    }

    /** One of the ways a JSON writer may write the key inside a string, chosen per character. */
    private static String escape(String key, Random random) {
        StringBuilder out = new StringBuilder();
        key.codePoints().forEach(cp -> {
            String shortForm = shortEscape(cp);
            boolean mustEscape = cp == '"' || cp == '\\' || cp < 0x20;
            int how = random.nextInt(3);
            if (how == 0 && !mustEscape) {
                out.appendCodePoint(cp);
            } else if (how == 1 && shortForm != null) {
                out.append(shortForm);
            } else {
                for (char unit : Character.toChars(cp)) { // outside the BMP: both surrogates escaped
                    String hex = String.format("%04x", (int) unit);
                    out.append("\\u").append(random.nextBoolean() ? hex : hex.toUpperCase(Locale.ROOT));
                }
            }
        });
        return out.toString();
    }

    /** JSON's two-character escapes, written out independently of the code under test. */
    private static String shortEscape(int cp) {
        int at = "\"\\/\b\f\n\r\t".indexOf(cp);
        return at < 0 ? null : "\\" + "\"\\/bfnrt".charAt(at);
    }
}
