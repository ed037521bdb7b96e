package dev.acquire4j.protocol;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 section 10.2.3): either whole seconds
 * ({@code 120}) or an HTTP date ({@code Wed, 21 Oct 2015 07:28:00 GMT}). Stateless and thread-safe.
 *
 * <p>The wait is capped at {@link #MAX}, so that a wrong or hostile header cannot park a client for
 * days; a date in the past gives zero.
 */
public final class RetryAfter {
    /** The longest wait a {@code Retry-After} is read as: 1 hour. */
    public static final Duration MAX = Duration.ofHours(1);

    /** The header name, in lower case as HTTP/2 sends it. */
    public static final String HEADER = "retry-after";

    private RetryAfter() {}

    /**
     * Reads a header value relative to now.
     *
     * @param value the header value, or {@code null} when absent
     * @return the wait, at most {@link #MAX}; empty when absent or unreadable
     */
    public static Optional<Duration> parse(String value) {
        return parse(value, Instant.now());
    }

    /**
     * Reads a header value relative to a given instant (for an HTTP date).
     *
     * @param value the header value, or {@code null} when absent
     * @param now the time the answer came, to measure a date from
     * @return the wait, between zero and {@link #MAX}; empty when absent or unreadable
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (isDigits(v)) {
            // More digits than fit any sane wait: cap instead of overflowing.
            long seconds = v.length() > 9 ? Long.MAX_VALUE : Long.parseLong(v);
            return Optional.of(cap(seconds >= MAX.getSeconds() ? MAX : Duration.ofSeconds(seconds)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : cap(wait));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration cap(Duration d) {
        return d.compareTo(MAX) > 0 ? MAX : d;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
