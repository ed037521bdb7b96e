package dev.acquire4j.ports;

/**
 * Acquire answered 429 on every attempt within the send's deadline. Nothing was sent; {@code details().retryAfter()} says when to try again, if the server said.
 */
public final class RateLimitedException extends RequestRejectedException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public RateLimitedException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }
}
