package dev.acquire4j.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.acquire4j.domain.Redaction;

/**
 * JSON output in which every character {@link Redaction#visible} escapes is written as a JSON escape,
 * so that a value from the server cannot act on the terminal that shows the JSON. JSON readers get
 * the same strings back. Immutable and thread-safe.
 */
final class VisibleJsonEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int DEL = 0x7f;

    private final int[] ascii;

    VisibleJsonEscapes() {
        int[] codes = standardAsciiEscapesForJSON();
        codes[DEL] = ESCAPE_CUSTOM;
        this.ascii = codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        String c = Character.toString(ch);
        String shown = Redaction.visible(c);
        return shown.equals(c) ? null : new SerializedString(shown);
    }
}
