package dev.acquire4j.jdk.internal;

import dev.acquire4j.domain.Violations;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.HttpProxy;
import dev.acquire4j.protocol.spi.Tls;
import dev.acquire4j.protocol.spi.Transport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * Applies the network settings of {@link ClientSettings} to an {@link HttpClient.Builder}: TLS 1.2
 * and 1.3 only, the trust store, the proxy and its credentials. Stateless.
 *
 * <p>Proxy credentials go with every request as a {@code Proxy-Authorization} header
 * ({@link ProxyAuthorizing}), which {@code java.net.http} sends with the tunnel's {@code CONNECT}
 * only. But it drops Basic credentials from a {@code CONNECT} unless the JVM's
 * {@code jdk.http.auth.tunneling.disabledSchemes} property leaves Basic out (its default is
 * {@code Basic}), and reads that property once, when {@code java.net.http} is first used. So this
 * adapter never changes the property (a JVM-wide choice), and refuses at build time, with the fix
 * in the message, settings whose credentials would silently never be sent.
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
        }
        return builder;
    }

    /**
     * {@return whether the failure is a proxy's refusal of the tunnel}: {@code java.net.http} fails
     * the exchange with a plain {@code IOException} saying {@code "Tunnel failed"} and the proxy's
     * status (a 407 comes back as an answer instead); nothing was sent to the server then.
     * Contract rule r17_2 pins the wording: should a later JDK reword it, the failure counts as
     * outcome unknown, the safe side.
     *
     * @param failure what an exchange failed with
     */
    public static boolean tunnelRefused(Throwable failure) {
        return failure instanceof IOException && !(failure instanceof SSLException)
                && String.valueOf(failure.getMessage()).startsWith(TUNNEL_FAILED);
    }

    /**
     * {@return the transport, adding the proxy's credentials to every request when the settings have them}
     *
     * @param exchange the JDK transport
     * @param settings checked settings
     */
    public static Transport authorizing(Transport exchange, ClientSettings settings) {
        if (!settings.proxied()) {
            return exchange;
        }
        return settings.proxy().flatMap(HttpProxy::credentials)
                .<Transport>map(c -> new ProxyAuthorizing(exchange, c)).orElse(exchange);
    }
}
