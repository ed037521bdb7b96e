package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.acquire4j.ports.FailureDetails;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what is worth keeping from an answer body that is not a success: its first few KB as text,
 * with the API key masked, and its {@code ERROR_*} token. Thread-safe.
 */
final class ErrorBodies {
    private static final Pattern ERROR_TOKEN = Pattern.compile("(?<![A-Za-z0-9_])ERROR_[A-Z0-9_]{1,60}(?![A-Za-z0-9_])");
    /** Where Acquire's error token is expected to sit; any such token elsewhere is the fallback. */
    private static final Set<String> CODE_FIELDS = Set.of("type", "code", "error", "errorCode", "error_code", "errorType", "name");
    private static final String MASK = "<redacted>";

    private final JsonFactory json;
    private final String secret;
    private final EchoedKey echoedKey;

    /**
     * @param json the factory to parse bodies with
     * @param secret the API key, masked wherever a body echoes it
     */
    ErrorBodies(JsonFactory json, String secret) {
        this.json = json;
        this.secret = secret;
        // A server may echo the key inside a JSON string, escaped in any of the ways JSON allows.
        this.echoedKey = new EchoedKey(secret);
    }

    /**
     * {@return the start of the body as text, with the key masked; {@code null} for an empty body}
     *
     * <p>Decoded as UTF-8 with bad bytes replaced. Enough bytes are decoded that a key starting
     * inside the kept {@value FailureDetails#MAX_BODY_CHARS} characters is masked whole before the
     * cap, in its longest escaped form too.
     */
    String text(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        int limit = Math.min(body.length, (FailureDetails.MAX_BODY_CHARS + EchoedKey.longestForm(secret)) * 3);
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, 0, limit))
                    .toString();
        } catch (CharacterCodingException e) {
            s = new String(body, 0, limit, StandardCharsets.UTF_8); // unreachable with REPLACE
        }
        s = mask(s);
        return s.length() > FailureDetails.MAX_BODY_CHARS ? s.substring(0, FailureDetails.MAX_BODY_CHARS) : s;
    }

    /**
     * {@return the body's {@code ERROR_*} token, or {@code null}}
     *
     * @param body the raw body, searched as JSON first (a string in a field such as {@code type} or {@code code})
     * @param text the masked text of {@link #text(byte[])}, searched for any token when JSON gives none
     */
    String errorCode(byte[] body, String text) {
        if (body == null || body.length == 0) {
            return null;
        }
        String code = fromJson(body);
        if (code == null && text != null) {
            Matcher m = ERROR_TOKEN.matcher(text);
            code = m.find() ? m.group() : null;
        }
        return code == null || echoedKey.isIn(code) ? null : code;
    }

    /**
     * {@return the text with every occurrence of the key, as is or JSON-escaped, replaced;
     * {@code null} stays {@code null}}
     */
    String mask(String s) {
        return s == null ? null : echoedKey.replaceIn(s, MASK);
    }

    private String fromJson(byte[] body) {
        try (JsonParser p = json.createParser(body)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING && CODE_FIELDS.contains(p.currentName())) {
                    String v = p.getText().strip();
                    if (ERROR_TOKEN.matcher(v).matches()) {
                        return v;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON, or broken part way: the text search below still runs.
        }
        return null;
    }
}
