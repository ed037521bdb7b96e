package dev.acquire4j.ports;

/**
 * Acquire answered with a 4xx status: it refused the request and stored nothing. {@link #status()} and {@link #errorCode()} say why (for example 400 {@code ERROR_INVALID_INPUT} for a closed case).
 */
public class RequestRejectedException extends NotSentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public RequestRejectedException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }
}
