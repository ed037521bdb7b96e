package dev.acquire4j.webhooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree the way {@code Buffer.from(JSON.stringify(JSON.parse(text)), 'utf8')} would in
 * Node 12 or later, so that a signature Acquire computed that way can be checked against a body that
 * was re-formatted in transit.
 *
 * <ul>
 *   <li>No whitespace. Keys in insertion order, except that keys which are array indices
 *       ({@code "0"} to {@code "4294967294"}, no leading zero) come first in ascending numeric order,
 *       as JavaScript objects order them.</li>
 *   <li>Numbers as JavaScript prints a double ({@link JsNumber}): {@code 1.0} is {@code 1},
 *       {@code 1E3} is {@code 1000}, {@code 1e21} is {@code 1e+21}, integers beyond 2^53 lose
 *       precision, {@code -0} is {@code 0}, and an overflow to infinity is {@code null}.</li>
 *   <li>Strings escape only {@code "}, {@code \}, the C0 controls ({@code \b \f \n \r \t}, else
 *       <code>&#92;u00XX</code> in lower case) and lone surrogates (ES2019 well-formed JSON.stringify);
 *       {@code /}, U+2028, U+2029, DEL and all other non-ASCII text are written as is.</li>
 * </ul>
 */
public final class JsStringify {
    private static final long MAX_ARRAY_INDEX = 4294967294L; // 2^32 - 2

    private JsStringify() {}

    /**
     * {@return the UTF-8 bytes of the compact form}
     *
     * @param node a tree read by {@link Json#read}
     */
    public static byte[] utf8(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            writeObject(node, out);
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isNumber()) {
            out.append(JsNumber.toJs(node.doubleValue()));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            out.append("null");
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> indices = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            (arrayIndex(field.getKey()) >= 0 ? indices : names).add(field);
        }
        indices.sort((a, b) -> Long.compare(arrayIndex(a.getKey()), arrayIndex(b.getKey())));
        indices.addAll(names);
        out.append('{');
        for (int i = 0; i < indices.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(indices.get(i).getKey(), out);
            out.append(':');
            write(indices.get(i).getValue(), out);
        }
        out.append('}');
    }

    /** {@return the key's value as an array index, or -1 if JavaScript keeps it as a plain name} */
    static long arrayIndex(String key) {
        int length = key.length();
        if (length == 0 || length > 10 || length > 1 && key.charAt(0) == '0') {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_ARRAY_INDEX ? value : -1;
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20 || isLoneSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
