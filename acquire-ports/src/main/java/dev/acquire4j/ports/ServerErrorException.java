package dev.acquire4j.ports;

/**
 * Acquire answered with a 5xx status (other than 503 with {@code Retry-After}): it may have stored the message before failing. Not retried automatically.
 */
public final class ServerErrorException extends OutcomeUnknownException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public ServerErrorException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }
}
