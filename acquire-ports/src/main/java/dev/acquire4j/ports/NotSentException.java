package dev.acquire4j.ports;

/**
 * The message was certainly not sent: the server refused it, or the request never reached it.
 * Sending it again cannot create a duplicate.
 *
 * <p>Subtypes name the common causes; a plain {@code NotSentException} covers the rest (for
 * example a send on a closed client).
 */
public non-sealed class NotSentException extends SendFailedException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public NotSentException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }

    /** {@return {@code false}: the message was certainly not stored} */
    @Override
    public final boolean mayHaveBeenSent() {
        return false;
    }
}
