package dev.acquire4j.domain;

import java.util.Locale;

/**
 * Who a message appears to come from: an agent ({@link #USER}) or the contact ({@link #CONTACT}).
 * Travels as the {@code -x-user-type} query parameter.
 */
public enum SenderRole {
    /** An agent of the Acquire account; the default. */
    USER,
    /** The case's contact, as if they wrote the message. */
    CONTACT;

    /** {@return the value on the wire: {@code user} or {@code contact}} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
