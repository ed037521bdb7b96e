package dev.acquire4j.protocol;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the API key in text a server sent back, in every form a JSON writer may give it: as is, or
 * with any of its characters escaped inside a JSON string ({@code \"}, {@code \\}, {@code \/},
 * {@code \b \f \n \r \t}, or a backslash, {@code u} and four hex digits in either case, a
 * character outside the BMP as its two surrogate escapes), in any mix. Over-matching (an escape that was itself escaped) is
 * harmless: it only masks more. Immutable and thread-safe.
 */
final class EchoedKey {
    private final Pattern forms;

    /**
     * @param key the API key, not empty
     */
    EchoedKey(String key) {
        StringBuilder regex = new StringBuilder(key.length() * 40);
        key.codePoints().forEach(cp -> {
            // Escapes first: a key ending in a backslash echoed as "\\\\" is masked whole.
            regex.append("(?:");
            String shortEscape = shortEscape(cp);
            if (shortEscape != null) {
                regex.append(Pattern.quote(shortEscape)).append('|');
            }
            for (char unit : Character.toChars(cp)) {
                unicodeEscape(unit, regex);
            }
            regex.append('|').append(Pattern.quote(new String(Character.toChars(cp)))).append(')');
        });
        this.forms = Pattern.compile(regex.toString());
    }

    /**
     * {@return the text with every form of the key replaced by {@code mask}}
     *
     * @param text any text
     * @param mask what to put in the key's place
     */
    String replaceIn(String text, String mask) {
        return forms.matcher(text).replaceAll(Matcher.quoteReplacement(mask));
    }

    /**
     * {@return whether the text holds the key in any form}
     *
     * @param text any text
     */
    boolean isIn(String text) {
        return forms.matcher(text).find();
    }

    /** {@return the longest a form of the key can be, in characters: six per UTF-16 unit} */
    static int longestForm(String key) {
        return 6 * key.length();
    }

    /** Appends a pattern for the six-character escape of one UTF-16 unit, hex letters in either case. */
    private static void unicodeEscape(char unit, StringBuilder regex) {
        regex.append("\\\\u");
        for (char digit : String.format("%04x", (int) unit).toCharArray()) {
            if (digit >= 'a') {
                regex.append('[').append(digit).append(Character.toUpperCase(digit)).append(']');
            } else {
                regex.append(digit);
            }
        }
    }

    private static String shortEscape(int cp) {
        switch (cp) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '/': return "\\/";
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default: return null;
        }
    }

    @Override
    public String toString() {
        return "EchoedKey[redacted]";
    }
}
