package dev.acquire4j.protocol.spi;

import java.util.Objects;

/**
 * One HTTP request header. Immutable and thread-safe.
 *
 * <p>The name must be an RFC 9110 token and the value must not contain CR, LF or other control
 * characters (a horizontal tab is allowed), so that no value can split a header and inject
 * another. {@code toString} hides the value of {@code Authorization} and {@code Proxy-Authorization}.
 *
 * @param name the header name, e.g. {@code Content-Type}
 * @param value the header value
 */
public record Header(String name, String value) {
    /** The name of the header that carries the API key. */
    public static final String AUTHORIZATION = "Authorization";

    private static final String TOKEN_SPECIALS = "!#$%&'*+-.^_`|~";

    /**
     * Checks the header.
     *
     * @param name the header name, e.g. {@code Content-Type}
     * @param value the header value
     * @throws IllegalArgumentException if the name is not a token or the value contains a control
     *     character; the message names the header but never shows the value
     * @throws NullPointerException if the name or value is {@code null}
     */
    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (!isToken(name)) {
            throw new IllegalArgumentException("A header name must be a non-empty token of letters, digits and !#$%&'*+-.^_`|~");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                // The value may be a secret, so the message names the header only.
                throw new IllegalArgumentException("The value of header " + name + " contains CR, LF or another control character");
            }
        }
    }

    /**
     * {@return whether this header has the given name, ignoring case as HTTP does}
     *
     * @param headerName the name to compare with
     */
    public boolean is(String headerName) {
        return name.equalsIgnoreCase(headerName);
    }

    /** {@return the header as {@code Name: value}, with the value of {@code Authorization} and {@code Proxy-Authorization} hidden} */
    @Override
    public String toString() {
        return name + ": " + (is(AUTHORIZATION) || is("Proxy-Authorization") ? "<redacted>" : value);
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || TOKEN_SPECIALS.indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
