package dev.acquire4j.domain;

/**
 * Masks personal data before it is shown in an exception message or a log line.
 *
 * <p>Phone numbers keep their country-code start and last two digits, e-mail addresses their first
 * character and domain, free text only its length. What is shown has its control and bidirectional
 * characters escaped ({@link #visible}). Stateless and thread-safe.
 */
public final class Redaction {
    private Redaction() {}

    /**
     * {@return a phone number with its middle digits hidden, e.g. {@code "+1555******99"}}
     *
     * @param raw the number as given, possibly invalid; {@code null} gives an empty string
     */
    public static String phone(String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.length() <= 6) {
            return "*".repeat(raw.length());
        }
        return visible(raw.substring(0, 4)) + "*".repeat(raw.length() - 6) + visible(raw.substring(raw.length() - 2));
    }

    /**
     * {@return an e-mail address with its local part hidden but the first character, e.g. {@code "j***@example.com"}}
     *
     * @param raw the address as given, possibly invalid; {@code null} gives an empty string
     */
    public static String email(String raw) {
        if (raw == null) {
            return "";
        }
        int at = raw.lastIndexOf('@');
        if (at <= 0) {
            return text(raw);
        }
        return visible(raw.substring(0, 1)) + "***" + visible(raw.substring(at));
    }

    /**
     * {@return a placeholder that tells only the length of a text, e.g. {@code "<27 chars>"}}
     *
     * @param raw the text; {@code null} gives an empty string
     */
    public static String text(String raw) {
        return raw == null ? "" : "<" + raw.length() + " chars>";
    }

    /**
     * {@return a value that is not personal data, quoted, with control characters made visible}
     *
     * @param raw the value; {@code null} gives an empty string
     */
    public static String plain(String raw) {
        return raw == null ? "" : "\"" + visible(raw) + "\"";
    }

    /**
     * {@return the text with every character that could hide, move or restyle other text on a
     * terminal or in a log viewer written as a visible escape} CR and LF become {@code \r} and
     * {@code \n}; the other C0 controls (tab and ESC included), DEL, the C1 controls U+0080 to
     * U+009F, the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
     * U+202A to U+202E, U+2066 to U+2069) and the line and paragraph separators U+2028 and U+2029
     * become a backslash, {@code u} and four lower-case hex digits. Everything else is kept.
     *
     * @param raw the text; {@code null} gives an empty string
     */
    public static String visible(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (isInvisible(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return Character.isISOControl(c) || c == 0x061c || c == 0x200e || c == 0x200f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029;
    }
}
