package dev.acquire4j.ports;

/**
 * Acquire answered 404: the endpoint or the object it names does not exist. Nothing was sent.
 */
public final class NotFoundException extends RequestRejectedException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public NotFoundException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }
}
