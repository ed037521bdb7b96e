package dev.acquire4j.cli;

import dev.acquire4j.domain.Redaction;
import java.util.regex.Pattern;

/**
 * The last step before text reaches the terminal: whatever it quotes (a server's words, a file
 * name, an exception's message), nothing in it can hide, reorder or restyle the rest of the output.
 * Stateless.
 */
final class TerminalText {
    /** A URL's user information: from after {@code scheme://} to the last {@code @} before white space. */
    private static final Pattern USER_INFO = Pattern.compile("(?<=[A-Za-z][A-Za-z0-9+.-]{0,30}://)[^\\s]*@");

    private TerminalText() {}

    /**
     * {@return error text as it may be printed: no URL's user information (a password) and nothing
     * that acts on the terminal}
     *
     * @param text several lines
     */
    static String safe(String text) {
        return lines(USER_INFO.matcher(text).replaceAll("<redacted>@"));
    }

    /**
     * {@return the text with its line breaks and tabs kept and every other control or bidi character
     * escaped as {@link Redaction#visible} does}
     *
     * @param text several lines, e.g. an error message or a stack trace
     */
    static String lines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(Redaction.visible(text.substring(start, i))).append(c);
                start = i + 1;
            }
        }
        return out.append(Redaction.visible(text.substring(start))).toString();
    }
}
