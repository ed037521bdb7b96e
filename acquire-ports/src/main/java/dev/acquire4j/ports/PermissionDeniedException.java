package dev.acquire4j.ports;

/**
 * Acquire answered 403 ({@code ERROR_UNAUTHORIZED_ACCESS}): the API key lacks the permission for this endpoint. Nothing was sent.
 */
public final class PermissionDeniedException extends RequestRejectedException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public PermissionDeniedException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }
}
