package dev.acquire4j.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --timeout}: a whole number with a unit ({@code 500ms}, {@code 10s}, {@code 2m},
 * {@code 1h}) or an ISO-8601 duration ({@code PT10S}). Whether the value is in range is
 * {@code ClientSettings}' business.
 */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("([0-9]{1,9}) *(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        if (!value.chars().allMatch(c -> c < 0x80)) {
            // Before any case change: U+017F (long s) would upper-case to an ASCII S.
            throw invalid(value);
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(text);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms":
                    return Duration.ofMillis(amount);
                case "s":
                    return Duration.ofSeconds(amount);
                case "m":
                    return Duration.ofMinutes(amount);
                default:
                    return Duration.ofHours(amount);
            }
        }
        if (text.startsWith("p")) {
            try {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid(value);
            }
        }
        throw invalid(value);
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("'" + value + "' is not a duration: write it like 10s, 500ms, 2m or PT10S");
    }
}
