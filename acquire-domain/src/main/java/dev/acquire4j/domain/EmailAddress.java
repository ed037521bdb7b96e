package dev.acquire4j.domain;

import java.util.Locale;

/**
 * A bare e-mail address ({@code local@domain}), checked with a practical subset of RFC 5322.
 * Immutable and thread-safe.
 *
 * <p>Accepted: a dot-atom local part of at most 64 characters and a domain of at least two DNS
 * labels. Refused: display names ({@code "Ann <ann@example.com>"}), quoted local parts, IP literals,
 * whitespace, CR/LF and other control characters, and addresses over 254 characters. The domain is
 * lower-cased; the local part is kept as given.
 *
 * @param value the address, e.g. {@code ann@example.com}
 */
public record EmailAddress(String value) {
    /** Most characters an address may have (RFC 5321 path limit less the brackets). */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final String FIELD = "emailAddress";
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

    /**
     * Checks the address.
     *
     * @param value the address, e.g. {@code ann@example.com}
     * @throws ValidationException if the address breaks a rule
     */
    public EmailAddress {
        String problem = problem(value);
        if (problem != null) {
            throw ValidationException.of(FIELD, FIELD, problem, Redaction.email(value));
        }
        value = withLowerCaseDomain(value);
    }

    /**
     * Parses an address, lower-casing its domain.
     *
     * @param text the address
     * @return the address
     * @throws ValidationException naming the rule the text breaks
     */
    public static EmailAddress parse(String text) {
        return parse(FIELD, text);
    }

    /**
     * Parses like {@link #parse(String)}, naming a field of the caller in the violation.
     *
     * @param field the field name to report, e.g. {@code "to[0]"}
     * @param text the address
     * @return the address
     * @throws ValidationException naming {@code field} and the rule the text breaks
     */
    public static EmailAddress parse(String field, String text) {
        String problem = problem(text);
        if (problem != null) {
            throw ValidationException.of(FIELD, field, problem, Redaction.email(text));
        }
        return new EmailAddress(text);
    }

    /** {@return the domain part, after the {@code @}} */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /** {@return the address with its local part masked, safe for logs} */
    @Override
    public String toString() {
        return Redaction.email(value);
    }

    /** Domains are case-insensitive; one spelling keeps equal addresses equal. */
    private static String withLowerCaseDomain(String valid) {
        int at = valid.lastIndexOf('@');
        return valid.substring(0, at) + valid.substring(at).toLowerCase(Locale.ROOT);
    }

    private static String problem(String s) {
        if (s == null) {
            return "is required";
        }
        if (s.isBlank()) {
            return "must not be blank";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n') {
                return "must not contain CR or LF";
            }
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "must not contain spaces or control characters (give the bare address, no display name)";
            }
        }
        if (s.indexOf('<') >= 0 || s.indexOf('>') >= 0 || s.indexOf('"') >= 0) {
            return "must be a bare address, without a display name or quotes";
        }
        if (s.length() > MAX_LENGTH) {
            return "must have at most " + MAX_LENGTH + " characters";
        }
        int at = s.indexOf('@');
        if (at < 0 || at != s.lastIndexOf('@')) {
            return "must contain exactly one @";
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        String localProblem = localPartProblem(local);
        return localProblem != null ? localProblem : domainProblem(domain);
    }

    private static String localPartProblem(String local) {
        if (local.isEmpty() || local.length() > MAX_LOCAL) {
            return "must have 1 to " + MAX_LOCAL + " characters before the @";
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return "must not start or end with a dot, or have two dots in a row, before the @";
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!(isAsciiLetterOrDigit(c) || c == '.' || LOCAL_SPECIALS.indexOf(c) >= 0)) {
                return "has a character not allowed before the @: '" + c + "'";
            }
        }
        return null;
    }

    private static String domainProblem(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return "must have a domain with at least one dot after the @";
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63) {
                return "must have domain labels of 1 to 63 characters";
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return "must not have a domain label that starts or ends with a dash";
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(isAsciiLetterOrDigit(c) || c == '-')) {
                    return "has a character not allowed in the domain: '" + c + "'";
                }
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return "must not end in a numeric label (IP addresses are not accepted)";
        }
        return null;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
