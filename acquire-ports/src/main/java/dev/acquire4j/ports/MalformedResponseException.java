package dev.acquire4j.ports;

/**
 * Acquire answered 2xx but the body could not be read as the documented answer: the message was most likely stored, but acquire4j cannot say what was stored.
 */
public final class MalformedResponseException extends OutcomeUnknownException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public MalformedResponseException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }
}
