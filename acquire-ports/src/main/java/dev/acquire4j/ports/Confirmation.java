package dev.acquire4j.ports;

import dev.acquire4j.domain.SentMessage;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a case back said about a send whose outcome was unknown: the message is
 * {@linkplain #isStored() stored} (with the {@link SentMessage} read from the stored record), or it
 * is not there. Immutable and thread-safe. A confirmation that could not read the case is no
 * {@code Confirmation}: it fails with an {@link OutcomeUnknownException}.
 */
public final class Confirmation {
    private static final Confirmation NOT_FOUND = new Confirmation(null);

    private final SentMessage stored;

    private Confirmation(SentMessage stored) {
        this.stored = stored;
    }

    /**
     * {@return a confirmation that found the message}
     *
     * @param message the message as the case holds it
     */
    public static Confirmation stored(SentMessage message) {
        return new Confirmation(Objects.requireNonNull(message, "message"));
    }

    /** {@return a confirmation that did not find the message: it was not stored, and sending it again is safe} */
    public static Confirmation notFound() {
        return NOT_FOUND;
    }

    /** {@return whether the case holds the message} */
    public boolean isStored() {
        return stored != null;
    }

    /** {@return the stored message, when found} */
    public Optional<SentMessage> sentMessage() {
        return Optional.ofNullable(stored);
    }

    /** {@return {@link ConfirmationOutcome#FOUND} or {@link ConfirmationOutcome#NOT_FOUND}} */
    public ConfirmationOutcome outcome() {
        return stored != null ? ConfirmationOutcome.FOUND : ConfirmationOutcome.NOT_FOUND;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Confirmation c && Objects.equals(stored, c.stored);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(stored);
    }

    /** {@return the outcome and the stored message's id; never the text} */
    @Override
    public String toString() {
        return stored == null ? "Confirmation[NOT_FOUND]" : "Confirmation[FOUND, id=" + stored.id().value() + "]";
    }
}
