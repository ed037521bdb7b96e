package dev.acquire4j.ports;

import dev.acquire4j.domain.ValidationException;
import java.util.Objects;

/**
 * An Acquire API key. Never printed: {@code toString} shows {@code ApiKey[redacted]}, and acquire4j
 * never puts it in an exception message or a log line. Immutable and thread-safe.
 *
 * <p>Read it from a secret store or the environment; do not hard-code it.
 */
public final class ApiKey {
    private static final String FIELD = "apiKey";
    private final String secret;

    private ApiKey(String secret) {
        this.secret = secret;
    }

    /**
     * {@return a key}
     *
     * @param secret the key as Acquire issued it: visible ASCII, no spaces; surrounding whitespace
     *     (such as a trailing newline from a file) is removed
     * @throws ValidationException if the key is blank or contains spaces or control characters
     *     (the message never shows the key)
     */
    public static ApiKey of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw ValidationException.of("ApiKey", FIELD, "is required and must not be blank", "");
        }
        String key = secret.strip();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw ValidationException.of("ApiKey", FIELD,
                        "may contain only visible ASCII characters, no spaces, CR or LF", "<redacted>");
            }
        }
        return new ApiKey(key);
    }

    /**
     * {@return the key itself, for a transport to put in the {@code Authorization} header}
     * Callers other than transports should not need it.
     */
    public String reveal() {
        return secret;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey && ((ApiKey) other).secret.equals(secret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(secret);
    }

    /** {@return {@code ApiKey[redacted]}, never the key} */
    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }
}
