package dev.acquire4j.jdk.internal;

import dev.acquire4j.domain.Violations;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.HttpProxy;
import dev.acquire4j.ports.ProxyCredentials;
import dev.acquire4j.protocol.spi.Tls;
import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * Applies the network settings of {@link ClientSettings} to an {@link HttpClient.Builder}: TLS 1.2
 * and 1.3 only, the trust store, the proxy and its credentials. Stateless.
 *
 * <p>Proxy credentials: {@code java.net.http} answers a proxy's {@code 407} with the
 * {@link Authenticator} of the client, but it refuses to send Basic credentials while opening an
 * HTTPS tunnel ({@code CONNECT}) unless the JVM's {@code jdk.http.auth.tunneling.disabledSchemes}
 * property leaves Basic out; it reads that property once, when {@code java.net.http} is first used,
 * and filters a {@code Proxy-Authorization} header set by hand the same way. So this adapter
 * never changes the property (a JVM-wide choice), and refuses at build time, with the fix in the
 * message, settings whose credentials would silently never be sent.
 */
public final class JdkNetwork {
    /** The JDK property that disables authentication schemes for tunnels; its JDK default is {@code Basic}. */
    public static final String TUNNELING_DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    private static final String TUNNEL_FAILED = "Tunnel failed";

    private JdkNetwork() {}

    /**
     * Checks what the JDK transport cannot apply; adds a violation per problem.
     *
     * @param v the builder's violations
     * @param settings the settings
     * @param disabledSchemes the value of {@link #TUNNELING_DISABLED_SCHEMES}, or {@code null} if unset
     */
    public static void check(Violations v, ClientSettings settings, String disabledSchemes) {
        boolean credentials = settings.proxied() && settings.proxy().flatMap(HttpProxy::credentials).isPresent();
        boolean basicDisabled = disabledSchemes == null
                || disabledSchemes.toLowerCase(Locale.ROOT).matches("(.*,)?\\s*basic\\s*(,.*)?");
        v.addIf(credentials && basicDisabled && "https".equals(settings.baseUri().getScheme()), "settings.proxy.credentials",
                "java.net.http sends no Basic credentials to a proxy for an HTTPS tunnel unless the JVM starts with"
                        + " -D" + TUNNELING_DISABLED_SCHEMES + "= (empty); set it, or use the Vert.x transport",
                "");
    }

    /**
     * {@return the builder with the settings' TLS and proxy applied}
     *
     * @param builder a new HTTP client builder
     * @param settings checked settings
     */
    public static HttpClient.Builder apply(HttpClient.Builder builder, ClientSettings settings) {
        SSLParameters tls = new SSLParameters();
        tls.setProtocols(Tls.PROTOCOLS.toArray(new String[0]));
        builder.sslParameters(tls);
        Tls.context(settings).ifPresent(builder::sslContext);
        if (settings.proxied()) {
            HttpProxy proxy = settings.proxy().orElseThrow();
            builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
            proxy.credentials().ifPresent(c -> builder.authenticator(new ProxyOnly(c)));
        }
        return builder;
    }

    /**
     * {@return whether the failure is a proxy's refusal of the tunnel}: {@code java.net.http} fails
     * the exchange with a plain {@code IOException} saying {@code "Tunnel failed"} and the proxy's
     * status (a 407 comes back as an answer instead); nothing was sent to the server then.
     * {@code JdkProxyTest} pins the wording: should a later JDK reword it, the failure counts as
     * outcome unknown, the safe side.
     *
     * @param failure what an exchange failed with
     */
    public static boolean tunnelRefused(Throwable failure) {
        return failure instanceof IOException && !(failure instanceof SSLException)
                && String.valueOf(failure.getMessage()).startsWith(TUNNEL_FAILED);
    }

    /** Gives the credentials to the proxy only, never to the server behind it. */
    private static final class ProxyOnly extends Authenticator {
        private final ProxyCredentials credentials;

        ProxyOnly(ProxyCredentials credentials) {
            this.credentials = credentials;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            if (getRequestorType() != RequestorType.PROXY) {
                return null;
            }
            return new PasswordAuthentication(credentials.username(), credentials.password().toCharArray());
        }
    }
}
