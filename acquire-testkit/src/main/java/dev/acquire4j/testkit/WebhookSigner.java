package dev.acquire4j.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook body as Acquire does: the lower-case hex HMAC-SHA256 of the exact bytes, keyed with
 * the webhook's secret (UTF-8), for the {@value #HEADER} header. Immutable and thread-safe.
 *
 * <p>For testing your own webhook endpoint. It is written apart from {@code acquire-webhooks} on
 * purpose (plain {@code javax.crypto}), so a test that signs with it and verifies with
 * {@code WebhookVerifier} checks one implementation against another. {@code toString} never shows the
 * secret.
 */
public final class WebhookSigner {
    /** The header Acquire puts the signature in: {@value}. */
    public static final String HEADER = "x-acquire-signature";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private WebhookSigner(SecretKeySpec key) {
        this.key = key;
    }

    /**
     * {@return a signer for one webhook secret}
     *
     * @param secret the secret, used as is (no trimming)
     * @throws IllegalArgumentException if the secret is empty
     * @throws NullPointerException if the secret is {@code null}
     */
    public static WebhookSigner of(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret must not be empty");
        }
        return new WebhookSigner(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
    }

    /**
     * {@return the signature of the exact bytes: 64 lower-case hex digits}
     *
     * @param body the body as it will be sent
     */
    public String sign(byte[] body) {
        Objects.requireNonNull(body, "body");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            // Every Java SE platform must provide HmacSHA256.
            throw new IllegalStateException("this JDK cannot compute " + ALGORITHM, e);
        }
    }

    /**
     * {@return the signature of a text body, encoded as UTF-8 as Acquire sends it}
     *
     * @param body the body as it will be sent
     */
    public String sign(String body) {
        return sign(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
    }

    /** {@return {@code WebhookSigner[redacted]}, never the secret} */
    @Override
    public String toString() {
        return "WebhookSigner[redacted]";
    }
}
