package dev.acquire4j.domain;

/**
 * Masks personal data before it is shown in an exception message or a log line.
 *
 * <p>Phone numbers keep their country-code start and last two digits, e-mail addresses their first
 * character and domain, free text only its length. Stateless and thread-safe.
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
        return sanitize(raw.substring(0, 4)) + "*".repeat(raw.length() - 6) + sanitize(raw.substring(raw.length() - 2));
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
        return sanitize(raw.substring(0, 1)) + "***" + sanitize(raw.substring(at));
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
        return raw == null ? "" : "\"" + sanitize(raw) + "\"";
    }

    private static String sanitize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
