package dev.acquire4j.testkit.internal;

import dev.acquire4j.ports.ApiKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The keys the fake account knows: one that may send, and one that is valid but lacks permission. */
public final class Keys {
    private final ApiKey valid;
    private final ApiKey forbidden;

    /** Creates the key pair; the two must differ. */
    public Keys(ApiKey valid, ApiKey forbidden) {
        if (valid.equals(forbidden)) {
            throw new IllegalArgumentException("the valid and the forbidden key must differ");
        }
        this.valid = valid;
        this.forbidden = forbidden;
    }

    /** {@return the key that may send} */
    public ApiKey valid() {
        return valid;
    }

    /** {@return the key answered with 403} */
    public ApiKey forbidden() {
        return forbidden;
    }

    /**
     * Checks a presented key as the server would.
     *
     * @param presented the key from the request, or {@code null} when there was none
     * @throws Refusal 401 for a missing or unknown key, 403 for the forbidden one
     */
    public void authorize(String presented) {
        if (presented != null && same(presented, valid)) {
            return;
        }
        if (presented != null && same(presented, forbidden)) {
            throw new Refusal(403, Refusal.UNAUTHORIZED_ACCESS, "this API key has no permission to send messages");
        }
        // Never echo the presented key: it may be a real one sent to the wrong place.
        throw new Refusal(401, Refusal.UNAUTHORIZED, "missing, incorrect or invalid API key");
    }

    private static boolean same(String presented, ApiKey key) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                key.reveal().getBytes(StandardCharsets.UTF_8));
    }
}
