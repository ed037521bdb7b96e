package dev.acquire4j.domain;

import java.util.Locale;

/** The kind of a chat message: a message the contact sees, an internal note, or an event line. */
public enum ChatMessageType {
    /** A message the contact sees; the default. */
    MESSAGE,
    /** An internal note, seen by agents only. */
    NOTE,
    /** An event line in the conversation. */
    EVENT;

    /** {@return the value on the wire: {@code message}, {@code note} or {@code event}} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
