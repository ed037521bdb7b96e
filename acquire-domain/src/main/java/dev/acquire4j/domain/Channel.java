package dev.acquire4j.domain;

import java.util.Locale;
import java.util.Optional;

/** The three ways acquire4j sends a message. */
public enum Channel {
    /** Live chat. */
    CHAT,
    /** E-mail through an inbox connected to Acquire. */
    EMAIL,
    /** SMS through a phone number connected to Acquire. */
    SMS;

    /** {@return the lower-case name, as used in logs and errors} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a channel name as Acquire writes it for cases and messages.
     *
     * @param raw a name such as {@code chat}, {@code email}, {@code mail}, {@code sms} or {@code voip}
     * @return the channel, or empty for a name acquire4j does not send on
     */
    public static Optional<Channel> fromWire(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "chat":
                return Optional.of(CHAT);
            case "email":
            case "mail":
                return Optional.of(EMAIL);
            case "sms":
            case "voip":
                return Optional.of(SMS);
            default:
                return Optional.empty();
        }
    }
}
