package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/**
 * Lenient readers of one JSON value at the parser's current token. Each accepts the forms Acquire
 * has been seen to use, gives "absent" for anything else, and leaves the parser on the last token
 * of the value (skipping whole objects and arrays), so a surprise in one field never fails a whole
 * answer. Stateless and thread-safe.
 */
final class JsonValues {
    /** Marks an id that is missing, null, not a positive whole number, or too large. */
    static final long ABSENT = 0;

    private JsonValues() {}

    /** {@return a positive id from a number or a numeric string, else {@link #ABSENT}} */
    static long id(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG) {
                return ABSENT;
            }
            long v = p.getLongValue();
            return v > 0 ? v : ABSENT;
        }
        if (t == JsonToken.VALUE_STRING) {
            return parseId(p.getText());
        }
        p.skipChildren();
        return ABSENT;
    }

    /** {@return the text of a string, number or boolean; {@code null} for null, objects and arrays} */
    static String text(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL && t != JsonToken.VALUE_EMBEDDED_OBJECT) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    /** {@return a flag from {@code true}/{@code false}, {@code "yes"}/{@code "no"}, {@code "1"}/{@code "0"} or 1/0; else {@code null}} */
    static Boolean flag(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_STRING) {
            switch (p.getText().strip().toLowerCase(Locale.ROOT)) {
                case "yes":
                case "y":
                case "true":
                case "1":
                    return Boolean.TRUE;
                case "no":
                case "n":
                case "false":
                case "0":
                    return Boolean.FALSE;
                default:
                    return null;
            }
        }
        p.skipChildren();
        return null;
    }

    /** {@return an instant from an ISO-8601 text with an offset, e.g. {@code 2021-03-30T16:05:46.000Z}; else {@code null}} */
    static Instant instant(JsonParser p) throws IOException {
        String s = text(p);
        return s == null || s.isBlank() ? null : Timestamps.parse(s);
    }

    static long parseId(String s) {
        String digits = s.strip();
        if (digits.isEmpty() || digits.length() > 18) {
            return ABSENT;
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return ABSENT;
            }
            v = v * 10 + (c - '0');
        }
        return v > 0 ? v : ABSENT;
    }
}
