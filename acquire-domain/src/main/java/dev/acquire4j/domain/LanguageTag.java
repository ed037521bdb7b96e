package dev.acquire4j.domain;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * A BCP 47 language tag, such as {@code en} or {@code pt-BR}, for the chat endpoint's
 * {@code translateLangKey}. Validated with the JDK's own parser ({@link Locale.Builder}).
 * Immutable and thread-safe.
 *
 * @param value the tag as it travels on the wire, in the case the caller gave
 */
public record LanguageTag(String value) {
    private static final String FIELD = "translateLangKey";

    /**
     * Checks the tag.
     *
     * @param value the tag as it travels on the wire, in the case the caller gave
     * @throws ValidationException if the tag is not well-formed BCP 47
     */
    public LanguageTag {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(FIELD, FIELD, "must be a BCP 47 language tag such as en or pt-BR", "");
        }
        try {
            new Locale.Builder().setLanguageTag(value);
        } catch (IllformedLocaleException e) {
            throw ValidationException.of(FIELD, FIELD,
                    "must be a well-formed BCP 47 language tag such as en or pt-BR", Redaction.plain(value));
        }
    }

    /**
     * {@return the tag}
     *
     * @param tag a BCP 47 tag
     * @throws ValidationException if the tag is not well-formed
     */
    public static LanguageTag of(String tag) {
        return new LanguageTag(tag);
    }

    /** {@return the tag as a JDK locale} */
    public Locale toLocale() {
        return Locale.forLanguageTag(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
