package dev.acquire4j.spring.boot;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violation;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.HttpProxy;
import dev.acquire4j.ports.ProxyCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;

/**
 * Applies {@code acquire.proxy.*} and {@code acquire.trust-store.*} to a settings builder; errors name
 * the properties and never show a password.
 */
final class NetworkFromProperties {
    private NetworkFromProperties() {}

    /**
     * Sets the proxy and the trust store the properties name, if any.
     *
     * @param builder the settings builder
     * @param proxy the proxy properties
     * @param trust the trust store properties
     * @throws ValidationException naming the property that breaks a rule
     */
    static void apply(ClientSettings.Builder builder, ProxyProperties proxy, TrustStoreProperties trust) {
        builder.proxy(proxy(proxy));
        if (trust.getLocation() != null) {
            builder.trustStore(load(trust));
        }
    }

    private static HttpProxy proxy(ProxyProperties p) {
        if (p.isUseSystemProperties()) {
            if (p.getHost() != null) {
                throw invalid("acquire.proxy.host", "give either a host or use-system-properties, not both");
            }
            return HttpProxy.fromSystemProperties().orElse(null);
        }
        if (p.getHost() == null) {
            if (p.getUsername() != null || p.getPort() != null) {
                throw invalid("acquire.proxy.host", "is required when acquire.proxy.port or username is set");
            }
            return null;
        }
        if (p.getPort() == null) {
            throw invalid("acquire.proxy.port", "is required with acquire.proxy.host");
        }
        HttpProxy proxy = HttpProxy.of(p.getHost(), p.getPort()).withBypass(p.getBypass().toArray(new String[0]));
        if (p.getUsername() != null) {
            proxy = proxy.withCredentials(ProxyCredentials.of(p.getUsername(), p.getPassword() == null ? "" : p.getPassword()));
        }
        return proxy;
    }

    private static KeyStore load(TrustStoreProperties t) {
        char[] password = t.getPassword() == null ? null : t.getPassword().toCharArray();
        try (InputStream in = Files.newInputStream(t.getLocation())) {
            KeyStore store = KeyStore.getInstance(t.getType());
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            // The cause's message may quote the file; never the password.
            throw invalid("acquire.trust-store.location", "must be a readable " + t.getType()
                    + " store that the password opens (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static ValidationException invalid(String property, String rule) {
        return new ValidationException("acquire.* properties", List.of(new Violation(property, rule, "")));
    }
}
