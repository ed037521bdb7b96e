package dev.acquire4j.ports;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * An HTTP proxy that clients reach the Acquire host through: for an {@code https} base URI the
 * client asks the proxy for a tunnel ({@code CONNECT host:443}) and speaks TLS to Acquire inside it,
 * so the proxy sees neither the API key nor the messages. Optional {@link ProxyCredentials} are sent
 * to the proxy with HTTP Basic; hosts that bypass the proxy are reached directly. Immutable and
 * thread-safe; the password never appears in {@link #toString()}.
 *
 * <pre>{@code
 * ClientSettings settings = ClientSettings.builder()
 *     .account("acme").apiKey(key)
 *     .proxy(HttpProxy.of("proxy.corp.example", 3128)
 *         .withCredentials(ProxyCredentials.of("svc-acquire", secret))
 *         .withBypass("*.corp.example", "localhost"))
 *     .build();
 * }</pre>
 */
public final class HttpProxy {
    /** What the JVM bypasses when {@code http.nonProxyHosts} is not set: loopback. */
    static final List<String> JVM_DEFAULT_BYPASS = List.of("localhost", "127.*", "[::1]");

    private final String host;
    private final int port;
    private final ProxyCredentials credentials;
    private final List<String> bypass;

    private HttpProxy(String host, int port, ProxyCredentials credentials, List<String> bypass) {
        this.host = host;
        this.port = port;
        this.credentials = credentials;
        this.bypass = bypass;
    }

    /**
     * {@return a proxy at this address, without credentials, bypassed by no host}
     *
     * @param host the proxy's host name or IP literal
     * @param port 1 to 65535
     * @throws ValidationException if the host is blank or holds whitespace, or the port is out of range
     */
    public static HttpProxy of(String host, int port) {
        Violations v = Violations.of("HttpProxy");
        if (v.require(host, "host")) {
            v.addIf(host.isBlank() || host.chars().anyMatch(c -> c <= 0x20 || c == 0x7f || c == '/' || c == '@'), "host",
                    "must be a host name or IP literal, without whitespace, '/' or '@'", host.strip());
        }
        v.addIf(port < 1 || port > 65_535, "port", "must be 1 to 65535", Integer.toString(port));
        v.throwIfAny();
        return new HttpProxy(host, port, null, List.of());
    }

    /**
     * {@return the proxy of the JVM's standard properties {@code https.proxyHost} and
     * {@code https.proxyPort} (default 443), bypassed by the hosts of {@code http.nonProxyHosts}
     * (which the JVM uses for HTTPS too; when unset, loopback), or empty when
     * {@code https.proxyHost} is not set}: read now, from {@link System#getProperties()}.
     * Acquire is HTTPS only, so the {@code http.proxy*} properties do not apply.
     *
     * @throws ValidationException if a property holds an invalid value, naming it
     */
    public static Optional<HttpProxy> fromSystemProperties() {
        return fromProperties(System.getProperties());
    }

    /**
     * {@return the proxy the given properties name, by the rules of {@link #fromSystemProperties()}}
     *
     * @param properties the properties, e.g. a copy of the system properties in a test
     * @throws ValidationException if a property holds an invalid value, naming it
     */
    public static Optional<HttpProxy> fromProperties(Properties properties) {
        String host = properties.getProperty("https.proxyHost", "").strip();
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String portText = properties.getProperty("https.proxyPort", "443").strip();
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            Violations.of("HttpProxy").add("https.proxyPort", "must be a number from 1 to 65535", portText).throwIfAny();
            throw new AssertionError("unreachable", e);
        }
        String nonProxy = properties.getProperty("http.nonProxyHosts");
        List<String> bypass = nonProxy == null ? JVM_DEFAULT_BYPASS : splitHosts(nonProxy);
        return Optional.of(of(host, port).withBypass(bypass.toArray(new String[0])));
    }

    private static List<String> splitHosts(String nonProxyHosts) {
        List<String> hosts = new ArrayList<>();
        for (String h : nonProxyHosts.split("\\|")) {
            if (!h.isBlank()) {
                hosts.add(h.strip());
            }
        }
        return hosts;
    }

    /**
     * {@return a copy that sends these credentials to the proxy}
     *
     * @param proxyCredentials the credentials, or {@code null} for none
     */
    public HttpProxy withCredentials(ProxyCredentials proxyCredentials) {
        return new HttpProxy(host, port, proxyCredentials, bypass);
    }

    /**
     * {@return a copy bypassed by these hosts}, which are reached directly: exact names or IP
     * literals, or patterns with one {@code *} at the start or the end ({@code *.corp.example},
     * {@code 10.*}), compared without regard to case, as the JVM's {@code http.nonProxyHosts}
     * does. Replaces earlier bypass hosts.
     *
     * @param hosts the hosts or patterns
     * @throws ValidationException if a host is blank, holds whitespace or a {@code *} elsewhere
     */
    public HttpProxy withBypass(String... hosts) {
        Violations v = Violations.of("HttpProxy");
        List<String> checked = new ArrayList<>();
        if (v.require(hosts, "bypass")) {
            for (String h : hosts) {
                boolean ok = h != null && validPattern(h);
                v.addIf(!ok, "bypass", "each host must be a name, an IP literal, or a pattern with one '*' at its"
                        + " start or end", String.valueOf(h));
                if (ok) {
                    checked.add(h.toLowerCase(Locale.ROOT));
                }
            }
        }
        v.throwIfAny();
        return new HttpProxy(host, port, credentials, List.copyOf(checked));
    }

    private static boolean validPattern(String h) {
        long stars = h.chars().filter(c -> c == '*').count();
        return !h.isBlank() && h.chars().noneMatch(c -> c <= 0x20 || c == '|') && h.length() > stars
                && (stars == 0 || stars == 1 && (h.startsWith("*") || h.endsWith("*")));
    }

    /** {@return the proxy's host} */
    public String host() {
        return host;
    }

    /** {@return the proxy's port} */
    public int port() {
        return port;
    }

    /** {@return the credentials sent to the proxy, if any} */
    public Optional<ProxyCredentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** {@return the hosts and patterns that bypass the proxy, lower case} */
    public List<String> bypass() {
        return bypass;
    }

    /**
     * {@return whether a request to this host goes through the proxy}: {@code false} when a bypass
     * entry matches it
     *
     * @param targetHost a host name or IP literal (IPv6 with or without brackets)
     */
    public boolean appliesTo(String targetHost) {
        String h = targetHost.toLowerCase(Locale.ROOT);
        String bracketed = h.indexOf(':') >= 0 && !h.startsWith("[") ? "[" + h + "]" : h;
        for (String pattern : bypass) {
            if (matches(pattern, h) || matches(pattern, bracketed)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String pattern, String host) {
        if (pattern.startsWith("*")) {
            return host.endsWith(pattern.substring(1));
        }
        if (pattern.endsWith("*")) {
            return host.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return host.equals(pattern);
    }

    /** {@return the address, whether credentials are set (never them), and the bypass hosts} */
    @Override
    public String toString() {
        return "HttpProxy[" + host + ":" + port + (credentials == null ? "" : ", credentials=hidden")
                + (bypass.isEmpty() ? "" : ", bypass=" + bypass) + "]";
    }
}
