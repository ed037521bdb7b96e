package dev.acquire4j.webhooks.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Whether a body's numbers mean exactly what its {@code JSON.stringify} form says. JavaScript reads
 * every number as a double, so {@code 9007199254740993}, {@code 0.30000000000000001} and
 * {@code 1e400} come out of {@code JSON.stringify} as {@code 9007199254740992}, {@code 0.3} and
 * {@code null}: a signature over that form does not cover the body's own digits. Formats of one
 * value ({@code 1.0}, {@code 1E3}, {@code -0}) are the same number and pass.
 *
 * <p>Reads token by token, without recursion and without building a tree.
 */
public final class ExactNumbers {
    private ExactNumbers() {}

    /**
     * {@return whether every number in the body has the same decimal value as JavaScript writes it
     * back; {@code false} also for a body that cannot be read}
     *
     * @param body UTF-8 JSON
     */
    public static boolean surviveJavaScript(byte[] body) {
        try (JsonParser parser = Json.parser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isNumeric() && !sameValue(parser.getText(), JsNumber.toJs(parser.getDoubleValue()))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | NumberFormatException unreadable) {
            return false;
        }
    }

    private static boolean sameValue(String given, String javaScript) {
        // "null" is what an overflow to infinity becomes: never the value that was sent.
        return !"null".equals(javaScript) && new BigDecimal(given).compareTo(new BigDecimal(javaScript)) == 0;
    }
}
