package dev.acquire4j.domain;

/**
 * A phone number in E.164 form: {@code +}, a country code and the subscriber number, 7 to 15
 * digits in all. Immutable and thread-safe.
 *
 * <p>{@link #parse(String)} accepts the usual ways people write numbers (spaces, dashes, dots and
 * brackets) and never guesses a country: a number without its {@code +} and country code is refused.
 *
 * @param e164 the normalised number, e.g. {@code +15550109999}
 */
public record PhoneNumber(String e164) {
    /** Fewest digits an E.164 number may have (country code included). */
    public static final int MIN_DIGITS = 7;
    /** Most digits an E.164 number may have (country code included), as ITU-T E.164 sets. */
    public static final int MAX_DIGITS = 15;

    private static final String FIELD = "phoneNumber";

    /**
     * Checks that the number is already normalised.
     *
     * @param e164 the normalised number, e.g. {@code +15550109999}
     * @throws ValidationException if {@code e164} is not {@code +} followed by 7 to 15 digits, the first not 0
     */
    public PhoneNumber {
        String problem = e164 == null ? "is required" : problemWithDigits(e164);
        if (problem != null) {
            throw ValidationException.of(FIELD, FIELD, problem, Redaction.phone(e164));
        }
    }

    /**
     * Parses a number written for humans into E.164.
     *
     * <p>Spaces, dashes, dots and round brackets are removed; everything else must be a digit after
     * one leading {@code +}. Examples: {@code "+1 (555) 010-9999"} gives {@code +15550109999};
     * {@code "555 010 9999"} is refused (no country code).
     *
     * @param text the number as written
     * @return the number in E.164 form
     * @throws ValidationException naming the rule the text breaks
     */
    public static PhoneNumber parse(String text) {
        return parse(FIELD, text);
    }

    /**
     * Parses like {@link #parse(String)}, naming a field of the caller in the violation.
     *
     * @param field the field name to report, e.g. {@code "to"}
     * @param text the number as written
     * @return the number in E.164 form
     * @throws ValidationException naming {@code field} and the rule the text breaks
     */
    public static PhoneNumber parse(String field, String text) {
        if (text == null) {
            throw ValidationException.of(FIELD, field, "is required", "");
        }
        String stripped = text.strip();
        StringBuilder normal = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\u00a0') {
                continue;
            }
            normal.append(c);
        }
        String candidate = normal.toString();
        String problem = candidate.isEmpty() ? "must not be blank" : problemWithDigits(candidate);
        if (problem != null) {
            throw ValidationException.of(FIELD, field, problem, Redaction.phone(text));
        }
        return new PhoneNumber(candidate);
    }

    private static String problemWithDigits(String s) {
        if (s.isEmpty() || s.charAt(0) != '+') {
            return "must start with + and the country code (no country is guessed)";
        }
        int digits = s.length() - 1;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return "may contain only digits after the +, besides spaces, dashes, dots and brackets";
            }
        }
        if (digits > 0 && s.charAt(1) == '0') {
            return "must not start with 0 after the + (country codes never do)";
        }
        if (digits < MIN_DIGITS) {
            return "must have at least " + MIN_DIGITS + " digits with the country code";
        }
        if (digits > MAX_DIGITS) {
            return "must have at most " + MAX_DIGITS + " digits with the country code (E.164)";
        }
        return null;
    }

    /** {@return the number with its middle digits masked, safe for logs} */
    @Override
    public String toString() {
        return Redaction.phone(e164);
    }
}
