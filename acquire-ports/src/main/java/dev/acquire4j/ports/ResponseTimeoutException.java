package dev.acquire4j.ports;

/**
 * The request was written but no complete answer came in time, or the connection broke while waiting: the message may have been stored.
 */
public final class ResponseTimeoutException extends OutcomeUnknownException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public ResponseTimeoutException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }
}
