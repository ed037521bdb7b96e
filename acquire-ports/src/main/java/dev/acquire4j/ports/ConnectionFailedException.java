package dev.acquire4j.ports;

/**
 * The request could not be delivered: the connection was refused, failed, or timed out before the request was written. Nothing was sent.
 */
public final class ConnectionFailedException extends NotSentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public ConnectionFailedException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }
}
