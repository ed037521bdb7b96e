package dev.acquire4j.ports;

/**
 * Acquire answered 503 with a {@code Retry-After} on every attempt within the send's deadline: it is down for maintenance and stored nothing.
 */
public final class ServiceUnavailableException extends NotSentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public ServiceUnavailableException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }
}
