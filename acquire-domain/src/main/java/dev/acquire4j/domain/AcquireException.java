package dev.acquire4j.domain;

/**
 * Root of every exception acquire4j throws. Unchecked, immutable, and never carries the API key.
 *
 * <p>Catch a subtype to act on what happened: {@link ValidationException} means nothing was sent;
 * the transport errors in {@code dev.acquire4j.ports} say whether a message was certainly not sent
 * or whether its outcome is unknown.
 */
public abstract class AcquireException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message and an optional cause.
     *
     * @param message what happened, in one or two sentences; never contains a secret
     * @param cause the underlying failure, or {@code null}
     */
    protected AcquireException(String message, Throwable cause) {
        super(message, cause);
    }
}
