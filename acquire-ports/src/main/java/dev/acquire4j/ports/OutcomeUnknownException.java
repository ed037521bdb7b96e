package dev.acquire4j.ports;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The message may or may not have been sent: the request was written but no usable answer came
 * (timeout, connection reset, a 5xx, an unreadable 2xx). acquire4j never resends these blindly,
 * because a resend could send the message twice. Check the case's messages before sending again:
 * {@link AcquireClient#confirm(OutcomeUnknownException)} does it for the send that threw this, or
 * let the client do it on its own ({@link ConfirmationPolicy#automatic()}).
 */
public non-sealed class OutcomeUnknownException extends SendFailedException {
    private static final long serialVersionUID = 1L;

    /** Set once by the client that made the send; not kept when the exception is serialised. */
    private final transient AtomicReference<UnconfirmedSend> unconfirmed = new AtomicReference<>();

    /**
     * Creates the exception.
     *
     * @param summary what happened, in one sentence
     * @param details where and how the send failed
     * @param cause the underlying failure, or {@code null}
     */
    public OutcomeUnknownException(String summary, FailureDetails details, Throwable cause) {
        super(summary, details, cause);
    }

    /** {@return {@code true}: the message may have been stored} */
    @Override
    public final boolean mayHaveBeenSent() {
        return true;
    }

    /**
     * {@return what the send would have stored, for a later confirmation; empty for a failure that
     * is not a send's (opening a case, say), or after deserialisation}
     */
    public final Optional<UnconfirmedSend> unconfirmedSend() {
        AtomicReference<UnconfirmedSend> ref = unconfirmed;
        return ref == null ? Optional.empty() : Optional.ofNullable(ref.get());
    }

    /**
     * Records what the send would have stored. Called once, by the client that made the send,
     * before the caller sees the exception (as {@link Throwable#initCause} is for the cause).
     *
     * @param send what the send would have stored
     * @return this exception
     * @throws IllegalStateException if it was already recorded
     */
    public final OutcomeUnknownException initUnconfirmedSend(UnconfirmedSend send) {
        Objects.requireNonNull(send, "send");
        if (unconfirmed == null || !unconfirmed.compareAndSet(null, send)) {
            throw new IllegalStateException("the unconfirmed send is already recorded");
        }
        return this;
    }
}
