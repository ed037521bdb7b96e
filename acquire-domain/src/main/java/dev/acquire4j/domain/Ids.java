package dev.acquire4j.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one rule all Acquire ids share: a positive whole number, written in ASCII digits. */
final class Ids {
    /**
     * ASCII digits only, as the API writes ids: {@link Long#parseLong} alone would also take a
     * leading {@code +} and the digits of other scripts (Arabic-Indic, full-width, Devanagari...).
     * Spaces, tabs, CR and LF around them are ignored; no other white space.
     */
    private static final Pattern DECIMAL = Pattern.compile("[ \\t\\r\\n]*([0-9]{1,19})[ \\t\\r\\n]*");

    private Ids() {}

    static long requirePositive(String field, long value) {
        if (value <= 0) {
            throw ValidationException.of(field, field, "must be a positive number", Long.toString(value));
        }
        return value;
    }

    static long parse(String field, String text) {
        if (text == null) {
            throw ValidationException.of(field, field, "is required", "");
        }
        Matcher digits = DECIMAL.matcher(text);
        try {
            if (digits.matches()) {
                return requirePositive(field, Long.parseLong(digits.group(1)));
            }
        } catch (NumberFormatException tooLarge) {
            // Nineteen digits may still be past Long.MAX_VALUE: the same rule is broken.
        }
        throw ValidationException.of(field, field, "must be a positive whole number in ASCII digits 0-9, without a sign",
                Redaction.plain(text));
    }
}
