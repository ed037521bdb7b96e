package dev.acquire4j.webhooks;

import dev.acquire4j.domain.ValidationException;
import java.nio.charset.StandardCharsets;

/**
 * The HMAC secret of an Acquire webhook, as entered when the webhook was created in Acquire
 * (Settings, For Developers, Webhooks). Never printed: {@code toString} shows
 * {@code WebhookSecret[redacted]}, and acquire4j never puts it in an exception message.
 * Immutable and thread-safe.
 *
 * <p>The secret is used exactly as given, encoded as UTF-8, as Node's
 * {@code crypto.createHmac('SHA256', secret)} in Acquire's sample does; surrounding whitespace is
 * not removed, because it would be part of the key. Strip a trailing newline read from a file
 * yourself. Read it from a secret store or the environment; do not hard-code it.
 */
public final class WebhookSecret {
    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    /**
     * {@return a secret}
     *
     * @param secret the webhook's HMAC key, used as is
     * @throws ValidationException if the secret is {@code null} or empty (the message never shows it)
     */
    public static WebhookSecret of(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw ValidationException.of("WebhookSecret", "webhookSecret", "is required and must not be empty", "");
        }
        return new WebhookSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The key bytes, for {@link WebhookVerifier} only; a copy, so nobody can change them. */
    byte[] keyBytes() {
        return key.clone();
    }

    /** {@return {@code WebhookSecret[redacted]}, never the secret} */
    @Override
    public String toString() {
        return "WebhookSecret[redacted]";
    }
}
