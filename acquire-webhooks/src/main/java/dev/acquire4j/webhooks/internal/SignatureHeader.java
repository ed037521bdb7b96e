package dev.acquire4j.webhooks.internal;

/**
 * Reads the {@code x-acquire-signature} header: optional {@code sha256=} prefix, then 64 hex digits
 * in either case, surrounding whitespace ignored.
 */
public final class SignatureHeader {
    /** HMAC-SHA256 is 32 bytes, 64 hex digits. */
    public static final int HEX_LENGTH = 64;
    private static final String PREFIX = "sha256=";

    private SignatureHeader() {}

    /**
     * {@return whether there is no signature at all}
     *
     * @param header the header value, or {@code null} when absent
     */
    public static boolean isMissing(String header) {
        return header == null || header.isBlank();
    }

    /**
     * {@return the 32 signature bytes, or {@code null} if the value is not 64 hex digits}
     *
     * @param header a header value that is not {@linkplain #isMissing missing}
     */
    public static byte[] decode(String header) {
        String hex = digits(header);
        if (hex.length() != HEX_LENGTH) {
            return null;
        }
        byte[] out = new byte[HEX_LENGTH / 2];
        for (int i = 0; i < out.length; i++) {
            char hi = hex.charAt(2 * i);
            char lo = hex.charAt(2 * i + 1);
            if (!isAsciiHex(hi) || !isAsciiHex(lo)) {
                return null;
            }
            out[i] = (byte) (Character.digit(hi, 16) << 4 | Character.digit(lo, 16));
        }
        return out;
    }

    /**
     * {@return what is wrong with a malformed value, without showing it}
     *
     * @param header a value {@link #decode} refused
     */
    public static String describeMalformed(String header) {
        String hex = digits(header);
        return hex.length() != HEX_LENGTH
                ? "has " + hex.length() + " characters where " + HEX_LENGTH + " hex digits were expected"
                : "contains characters that are not hex digits";
    }

    private static String digits(String header) {
        String hex = header.strip();
        return hex.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) ? hex.substring(PREFIX.length()).strip() : hex;
    }

    // Character.digit alone would also accept non-ASCII digits such as full-width ones.
    private static boolean isAsciiHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
