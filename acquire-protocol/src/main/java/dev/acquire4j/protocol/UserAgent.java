package dev.acquire4j.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@code User-Agent} of every request: {@code acquire4j/<version> Java/<java.version>}, followed
 * by the caller's application name when set. Stateless and thread-safe.
 *
 * <p>The version comes from {@code version.properties}, filtered by Maven at build time; failing
 * that from the jar manifest; failing both it reads {@value #UNKNOWN_VERSION}.
 */
public final class UserAgent {
    /** The version shown when neither the resource nor the manifest names one. */
    public static final String UNKNOWN_VERSION = "unknown";

    private static final String BASE = "acquire4j/" + token(libraryVersion()) + " Java/"
            + token(System.getProperty("java.version", UNKNOWN_VERSION));

    private UserAgent() {}

    /**
     * {@return the header value}
     *
     * @param applicationName the caller's application, e.g. {@code billing/2.3}; checked by
     *     {@code ClientSettings} to be visible ASCII
     */
    public static String value(Optional<String> applicationName) {
        return applicationName.filter(name -> !name.isBlank()).map(name -> BASE + " " + name.strip()).orElse(BASE);
    }

    /** {@return the library version, e.g. {@code 0.1.0}} */
    public static String libraryVersion() {
        String v = fromResource();
        if (v == null) {
            v = UserAgent.class.getPackage() == null ? null : UserAgent.class.getPackage().getImplementationVersion();
        }
        return v == null || v.isBlank() ? UNKNOWN_VERSION : v.strip();
    }

    private static String fromResource() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            // An unfiltered resource (run from an IDE without Maven) still holds the placeholder.
            return v == null || v.startsWith("${") ? null : v;
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps a product version a header-safe token, whatever a system property holds. */
    private static String token(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c > ' ' && c < 0x7f && c != '/' && c != '(' && c != ')' ? c : '_');
        }
        return out.length() == 0 ? UNKNOWN_VERSION : out.toString();
    }
}
