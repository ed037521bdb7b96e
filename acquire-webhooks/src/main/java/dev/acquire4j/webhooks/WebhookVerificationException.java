package dev.acquire4j.webhooks;

import dev.acquire4j.domain.AcquireException;
import java.util.Objects;

/**
 * A delivery was refused: its {@code x-acquire-signature} header is missing, malformed, or does not
 * match the body. Do not process such a delivery; answer it with 401 or 403. Immutable.
 *
 * <p>The message says which check failed, and never contains the secret, the expected signature or
 * the body.
 */
public final class WebhookVerificationException extends AcquireException {
    private static final long serialVersionUID = 1L;

    /** Why a delivery was refused. */
    public enum Reason {
        /** No {@code x-acquire-signature} header, or an empty one. */
        MISSING_SIGNATURE,
        /** The header is not 64 hexadecimal digits (the hex form of an HMAC-SHA256). */
        MALFORMED_SIGNATURE,
        /**
         * The header is well formed but matches neither the body's bytes nor the
         * {@code JSON.stringify} form of its JSON: the body was changed, or the secret is wrong. Also
         * when only that form matches but the body holds a number the form does not carry exactly
         * (see {@link WebhookVerifier}): those digits were never signed.
         */
        SIGNATURE_MISMATCH
    }

    /** Which check failed; part of the serial form. */
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason which check failed
     * @param message what failed, in one sentence; must not contain the secret or a signature
     */
    public WebhookVerificationException(Reason reason, String message) {
        super(message, null);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return which check failed} */
    public Reason reason() {
        return reason;
    }
}
