package dev.acquire4j.vertx.internal;

import dev.acquire4j.ports.ClientSettings;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import io.vertx.core.net.TrustOptions;
import dev.acquire4j.ports.HttpProxy;
import dev.acquire4j.protocol.spi.Tls;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.time.Duration;

/**
 * Creates the Vert.x HTTP client a {@code VertxAcquireClient} owns, configured once from its options.
 * The core HTTP client rather than the Web Client: answers are streamed, so that their size can be
 * bounded and an unexpected interim answer seen before its connection is reused ({@link StreamedExchange}).
 */
public final class HttpClients {
    private HttpClients() {}

    /**
     * {@return an HTTP client on the caller's Vert.x; it follows no redirects (none is asked for per
     * request) and sends no User-Agent of its own; its options are then changed by the caller's hook}
     *
     * @param vertx the Vert.x instance whose event loops run the client
     * @param settings the checked settings: timeouts, TLS trust, proxy
     * @param keepAliveTimeout how long an idle pooled connection stays open
     * @param maxPoolSize the most connections to the host
     * @param maxWaitQueueSize the most requests waiting for a connection
     * @param adjust changes the options last; must return options (the same or new)
     */
    public static HttpClient create(Vertx vertx, ClientSettings settings, Duration keepAliveTimeout, int maxPoolSize,
            int maxWaitQueueSize, UnaryOperator<HttpClientOptions> adjust) {
        HttpClientOptions configured = new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
                .setKeepAlive(true)
                .setKeepAliveTimeout(Math.toIntExact(keepAliveTimeout.toSeconds()))
                .setVerifyHost(true)
                .setEnabledSecureTransportProtocols(new LinkedHashSet<>(Tls.PROTOCOLS));
        Tls.trustManagers(settings).ifPresent(trust -> configured.setTrustOptions(TrustOptions.wrap(trust)));
        if (settings.proxied()) {
            HttpProxy proxy = settings.proxy().orElseThrow();
            ProxyOptions options = new ProxyOptions().setType(ProxyType.HTTP).setHost(proxy.host()).setPort(proxy.port());
            proxy.credentials().ifPresent(c -> options.setUsername(c.username()).setPassword(c.password()));
            configured.setProxyOptions(options);
        }
        HttpClientOptions http = Objects.requireNonNull(adjust.apply(configured), "the HttpClientOptions hook returned null");
        PoolOptions pool = new PoolOptions()
                .setHttp1MaxSize(maxPoolSize)
                .setMaxWaitQueueSize(maxWaitQueueSize);
        return vertx.httpClientBuilder().with(http).with(pool).build();
    }
}
