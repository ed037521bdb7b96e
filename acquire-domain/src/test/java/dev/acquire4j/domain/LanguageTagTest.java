package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the JDK's {@link Locale.Builder#setLanguageTag} accepts, checked on Java 17. */
class LanguageTagTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "zh-Hant-TW", "EN", "de-DE-1996", "en-US-x-foo", "x-private", "qaa",
        "zh-yue", "i-klingon"})
    void acceptsWellFormedTagsAndKeepsThemAsGiven(String tag) {
        assertEquals(tag, LanguageTag.of(tag).value());
        assertEquals(tag, LanguageTag.of(tag).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US", "x", "123", "a", "en-", "-en", "en--US", "en-a", "toolongtagxx", " en", "en US"})
    void refusesIllFormedTags(String tag) {
        ValidationException e = Expect.invalid(() -> LanguageTag.of(tag));
        Expect.violation(e, "translateLangKey", "well-formed BCP 47");
        assertEquals("\"" + tag + "\"", e.violations().get(0).shownValue());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesBlankAndNull(String tag) {
        ValidationException e = Expect.invalid(() -> LanguageTag.of(tag));
        Expect.violation(e, "translateLangKey", "BCP 47");
    }

    @Test
    void escapesControlCharactersInTheRefusal() {
        ValidationException e = Expect.invalid(() -> LanguageTag.of("en\r\nX-Injected: 1"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void convertsToTheJdkLocale() {
        assertEquals(new Locale.Builder().setLanguage("pt").setRegion("BR").build(), LanguageTag.of("pt-BR").toLocale());
        assertEquals("Hant", LanguageTag.of("zh-Hant-TW").toLocale().getScript());
    }
}
