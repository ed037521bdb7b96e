package dev.acquire4j.webhooks.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with one key. Immutable and thread-safe: a fresh {@link Mac} per call, as Mac is not. */
public final class Hmac {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    /**
     * Creates the signer.
     *
     * @param key the key bytes, not empty; copied by {@link SecretKeySpec}
     */
    public Hmac(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * {@return the 32-byte HMAC-SHA256 of the data}
     *
     * @param data the bytes to sign
     */
    public byte[] sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            // Every Java SE platform must provide HmacSHA256, and the key is a plain byte key.
            throw new IllegalStateException("this JDK cannot compute " + ALGORITHM, e);
        }
    }
}
