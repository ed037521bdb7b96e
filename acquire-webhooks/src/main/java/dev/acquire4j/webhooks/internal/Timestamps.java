package dev.acquire4j.webhooks.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timestamp forms a JavaScript server writes: ISO-8601 ({@code Date.toJSON}, e.g.
 * {@code 2021-03-30T16:05:46.000Z}), {@code Date.toString} (e.g.
 * {@code Tue Mar 30 2021 16:05:46 GMT+0000 (Coordinated Universal Time)}) and {@code Date.toUTCString}
 * (e.g. {@code Tue, 30 Mar 2021 16:05:46 GMT}). Anything else is absent, never an error: a delivery
 * is worth more than one of its timestamps. Numbers are not read: epoch seconds and milliseconds
 * cannot be told apart.
 */
public final class Timestamps {
    /** Date.toString: the zone name in brackets is localised and optional, so it is dropped. */
    private static final Pattern JS_DATE = Pattern.compile(
            "([A-Z][a-z]{2} [A-Z][a-z]{2} \\d{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT[+-]\\d{4})(?: \\(.*\\))?");
    private static final DateTimeFormatter JS_DATE_FORMAT =
            DateTimeFormatter.ofPattern("EEE MMM dd yyyy HH:mm:ss 'GMT'xx", Locale.ENGLISH);

    private Timestamps() {}

    /**
     * {@return the instant a text names, or empty if it is in no form this class reads}
     *
     * @param text the timestamp as received; {@code null} gives empty
     */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
                return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            }
            Matcher m = JS_DATE.matcher(s);
            if (m.matches()) {
                // The parse also checks that the weekday fits the date.
                return Optional.of(ZonedDateTime.parse(m.group(1), JS_DATE_FORMAT).toInstant());
            }
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
