package dev.acquire4j.ports;

/**
 * Acquire answered 401 ({@code ERROR_UNAUTHORIZED}): the API key is missing, wrong or revoked. Nothing was sent.
 */
public final class AuthenticationException extends RequestRejectedException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public AuthenticationException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }
}
