package dev.acquire4j.protocol.spi;

import dev.acquire4j.ports.ClientSettings;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What every transport applies to TLS from the {@link ClientSettings}: the protocols it offers and
 * the trust it checks server certificates against. Stateless and thread-safe.
 */
public final class Tls {
    /** The protocols a client offers: TLS 1.3 and 1.2; never anything older. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private Tls() {}

    /**
     * {@return trust managers over the settings' trust store, or empty for the JVM's default trust}
     *
     * @param settings the checked settings
     * @throws IllegalArgumentException if the store cannot be used as trust
     */
    public static Optional<TrustManagerFactory> trustManagers(ClientSettings settings) {
        Optional<KeyStore> store = settings.trustStore();
        if (store.isEmpty()) {
            return Optional.empty();
        }
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store.get());
            return Optional.of(factory);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("trustStore: cannot be used to check certificates ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * {@return an {@link SSLContext} trusting the settings' trust store, or empty for the JVM's default}
     *
     * @param settings the checked settings
     * @throws IllegalArgumentException if the store cannot be used as trust
     */
    public static Optional<SSLContext> context(ClientSettings settings) {
        Optional<TrustManagerFactory> trust = trustManagers(settings);
        if (trust.isEmpty()) {
            return Optional.empty();
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.get().getTrustManagers(), null);
            return Optional.of(context);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("trustStore: cannot make a TLS context (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
