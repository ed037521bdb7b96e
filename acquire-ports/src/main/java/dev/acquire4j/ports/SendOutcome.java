package dev.acquire4j.ports;

/** How an attempt or a whole send ended, in the three ways docs/delivery.md describes. */
public enum SendOutcome {
    /** Acquire stored the message and said so. */
    SENT,
    /** The message was certainly not stored: a {@link NotSentException}. */
    NOT_SENT,
    /** The message may have been stored: an {@link OutcomeUnknownException}. */
    OUTCOME_UNKNOWN;

    /**
     * {@return the outcome a failure stands for}
     *
     * @param failure a failed attempt or send
     */
    public static SendOutcome of(SendFailedException failure) {
        return failure.mayHaveBeenSent() ? OUTCOME_UNKNOWN : NOT_SENT;
    }
}
