package dev.acquire4j.ports;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violations;

/**
 * The user name and password an {@link HttpProxy} asks for (HTTP Basic, RFC 7617). The password
 * never appears in {@link #toString()}, in an error message or in a log line. Immutable and
 * thread-safe.
 */
public final class ProxyCredentials {
    private final String username;
    private final String password;

    private ProxyCredentials(String username, String password) {
        this.username = username;
        this.password = password;
    }

    /**
     * {@return credentials for a proxy}
     *
     * @param username 1 to 256 characters, no colon (Basic cannot carry one), no control characters
     * @param password the password, at most 1,024 characters, no control characters
     * @throws ValidationException naming each value that breaks its rule, without showing the password
     */
    public static ProxyCredentials of(String username, String password) {
        Violations v = Violations.of("ProxyCredentials");
        if (v.require(username, "username")) {
            v.addIf(username.isEmpty() || username.length() > 256 || username.indexOf(':') >= 0 || hasControl(username),
                    "username", "must be 1 to 256 characters, without a colon or control characters", "");
        }
        if (v.require(password, "password")) {
            v.addIf(password.length() > 1024 || hasControl(password), "password",
                    "must be at most 1024 characters, without control characters", "");
        }
        v.throwIfAny();
        return new ProxyCredentials(username, password);
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** {@return the user name} */
    public String username() {
        return username;
    }

    /** {@return the password; never log it} */
    public String password() {
        return password;
    }

    /** {@return a description without the user name or the password} */
    @Override
    public String toString() {
        return "ProxyCredentials[hidden]";
    }
}
