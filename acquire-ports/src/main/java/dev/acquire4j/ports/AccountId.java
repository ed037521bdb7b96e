package dev.acquire4j.ports;

import dev.acquire4j.domain.Redaction;
import dev.acquire4j.domain.ValidationException;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The id of an Acquire account, the first label of its host name ({@code acme} in
 * {@code https://acme.acquire.io}). Immutable and thread-safe.
 *
 * <p>Because the account id builds the host that receives the API key, it must be a single DNS
 * label: 1 to 63 letters, digits and dashes, not starting or ending with a dash. Dots, {@code @},
 * {@code /}, {@code #}, {@code %}, spaces and every other character are refused, non-ASCII ones
 * included. ASCII upper case is accepted and lower-cased, as DNS ignores case; nothing else is folded
 * (the Kelvin sign U+212A is refused, not read as {@code k}).
 *
 * @param value the lower-case label
 */
public record AccountId(String value) {
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final String FIELD = "account";

    /**
     * Checks the label.
     *
     * @param value the lower-case label
     * @throws ValidationException if {@code value} is not a lower-case DNS label
     */
    public AccountId {
        if (value == null || !DNS_LABEL.matcher(value).matches()) {
            throw ValidationException.of("AccountId", FIELD,
                    "must be a single DNS label: 1 to 63 letters, digits or dashes, not starting or ending with a dash",
                    Redaction.plain(value));
        }
    }

    /**
     * {@return the account id, its ASCII letters lower-cased}
     *
     * @param text the id as shown in the Acquire dashboard's address
     * @throws ValidationException if it is not a DNS label
     */
    public static AccountId of(String text) {
        return new AccountId(text == null ? null : asciiLowerCase(text));
    }

    /** Only A to Z: {@code String.toLowerCase} would turn some non-ASCII letters into ASCII ones. */
    private static String asciiLowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

    /** {@return {@code https://<id>.acquire.io}} */
    public URI baseUri() {
        return URI.create("https://" + value + ".acquire.io");
    }

    @Override
    public String toString() {
        return value;
    }
}
