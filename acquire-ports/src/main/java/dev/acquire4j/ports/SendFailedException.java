package dev.acquire4j.ports;

import dev.acquire4j.domain.AcquireException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A send that did not end in a stored message. Its two subtypes say what the caller can rely on:
 * {@link NotSentException} (certainly not sent: safe to send again) or
 * {@link OutcomeUnknownException} (may have been sent: check before sending again).
 *
 * <p>Immutable. The message names the operation, endpoint, attempts and status; never the API key.
 */
public abstract sealed class SendFailedException extends AcquireException
        permits NotSentException, OutcomeUnknownException {
    private static final long serialVersionUID = 1L;

    /** Records are not {@code Serializable}; details are not kept when the exception is serialised. */
    @SuppressWarnings("serial")
    private final FailureDetails details;

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    protected SendFailedException(String summary, FailureDetails details, Throwable cause) {
        super(summary + Objects.requireNonNull(details, "details").describe(), cause);
        this.details = details;
    }

    /** {@return where and how the send failed} */
    public FailureDetails details() {
        return details;
    }

    /** {@return the operation that failed} */
    public Operation operation() {
        return details.operation();
    }

    /** {@return the method and path of the endpoint} */
    public String endpoint() {
        return details.endpoint();
    }

    /** {@return how many requests were made} */
    public int attempts() {
        return details.attempts();
    }

    /** {@return the HTTP status of the last answer, if any} */
    public OptionalInt status() {
        return details.status();
    }

    /** {@return the {@code ERROR_*} code of the last answer, if any} */
    public Optional<String> errorCode() {
        return details.errorCode();
    }

    /** {@return whether the message may have been stored by Acquire} */
    public abstract boolean mayHaveBeenSent();
}
