package dev.acquire4j.ports;

/** How an attempt or a whole operation ended, in the three ways a caller can rely on. */
public enum OperationOutcome {
    /** Acquire did what was asked and said so: the message is stored, the case found or opened. */
    SUCCEEDED,
    /** The request certainly had no effect: a {@link NotSentException}. */
    NOT_SENT,
    /** The request may have had its effect: an {@link OutcomeUnknownException}. */
    OUTCOME_UNKNOWN;

    /**
     * {@return the outcome a failure stands for}
     *
     * @param failure a failed attempt or operation
     */
    public static OperationOutcome of(SendFailedException failure) {
        return failure.mayHaveBeenSent() ? OUTCOME_UNKNOWN : NOT_SENT;
    }
}
