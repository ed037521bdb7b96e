package dev.acquire4j.tck.internal.load;

import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OutcomeUnknownException;

/**
 * How one send of a load run ended.
 *
 * @param kind the kind of ending
 * @param sent the stored message, for {@link Kind#SENT}
 * @param error the failure, for every other kind
 */
public record Outcome(Kind kind, SentMessage sent, Throwable error) {
    /** The ways a send can end; {@link #OTHER} and {@link #NONE} break the contract. */
    public enum Kind {
        /** A {@link SentMessage}. */
        SENT,
        /** A {@link NotSentException}. */
        NOT_SENT,
        /** An {@link OutcomeUnknownException}. */
        UNKNOWN,
        /** Anything else: an untyped exception, or a wrapped one. */
        OTHER,
        /** The send never ended within the run's limit. */
        NONE
    }

    /** {@return the outcome of a send that ended this way: exactly one of the two is non-null} */
    static Outcome of(SentMessage sent, Throwable error) {
        if (error == null) {
            return new Outcome(Kind.SENT, sent, null);
        } else if (error instanceof NotSentException) {
            return new Outcome(Kind.NOT_SENT, null, error);
        } else if (error instanceof OutcomeUnknownException) {
            return new Outcome(Kind.UNKNOWN, null, error);
        }
        return new Outcome(Kind.OTHER, null, error);
    }
}
