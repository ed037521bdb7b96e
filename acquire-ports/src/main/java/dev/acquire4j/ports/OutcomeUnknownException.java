package dev.acquire4j.ports;

/**
 * The message may or may not have been sent: the request was written but no usable answer came
 * (timeout, connection reset, a 5xx, an unreadable 2xx). acquire4j never retries these on its own,
 * because a retry could send the message twice. Check the case's messages before sending again.
 */
public non-sealed class OutcomeUnknownException extends SendFailedException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public OutcomeUnknownException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }

    /** {@return {@code true}: the message may have been stored} */
    @Override
    public final boolean mayHaveBeenSent() {
        return true;
    }
}
