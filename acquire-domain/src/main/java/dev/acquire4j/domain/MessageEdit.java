package dev.acquire4j.domain;

import java.util.Optional;

/**
 * The new content of a message that is edited: its text and, optionally, the language to translate
 * it into. Immutable and thread-safe.
 *
 * @param text the new text: not blank, without NUL characters; masked in {@code toString}
 * @param translateTo the language the message is translated into, if any
 */
public record MessageEdit(String text, Optional<LanguageTag> translateTo) {
    /**
     * Checks the components.
     *
     * @param text the new text
     * @param translateTo the translation language, or empty
     * @throws ValidationException if the text is missing, blank or holds a NUL character, or {@code translateTo} is {@code null}
     */
    public MessageEdit {
        Violations v = Violations.of("message edit");
        MessageChecks.requireText(v, "text", text, 0);
        v.require(translateTo, "translateTo");
        v.throwIfAny();
    }

    /**
     * {@return an edit that replaces the text}
     *
     * @param text the new text
     * @throws ValidationException if the text is missing, blank or holds a NUL character
     */
    public static MessageEdit of(String text) {
        return new MessageEdit(text, Optional.empty());
    }

    /**
     * {@return this edit, translated into a language}
     *
     * @param language the language
     * @throws ValidationException if {@code language} is {@code null}
     */
    public MessageEdit translatedTo(LanguageTag language) {
        Violations v = Violations.of("message edit");
        v.require(language, "translateTo");
        v.throwIfAny();
        return new MessageEdit(text, Optional.of(language));
    }

    /** {@return the edit with its text masked} */
    @Override
    public String toString() {
        return "MessageEdit[text=" + Redaction.text(text) + ", translateTo=" + translateTo.map(LanguageTag::value).orElse(null) + "]";
    }
}
