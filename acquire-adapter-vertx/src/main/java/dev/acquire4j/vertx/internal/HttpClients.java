package dev.acquire4j.vertx.internal;

import dev.acquire4j.ports.ClientSettings;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
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
     * request) and sends no User-Agent of its own}
     *
     * @param vertx the Vert.x instance whose event loops run the client
     * @param settings the checked settings
     * @param keepAliveTimeout how long an idle pooled connection stays open
     * @param maxPoolSize the most connections to the host
     * @param maxWaitQueueSize the most requests waiting for a connection
     */
    public static HttpClient create(Vertx vertx, ClientSettings settings, Duration keepAliveTimeout, int maxPoolSize,
            int maxWaitQueueSize) {
        HttpClientOptions http = new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
                .setKeepAlive(true)
                .setKeepAliveTimeout(Math.toIntExact(keepAliveTimeout.toSeconds()))
                .setVerifyHost(true);
        PoolOptions pool = new PoolOptions()
                .setHttp1MaxSize(maxPoolSize)
                .setMaxWaitQueueSize(maxWaitQueueSize);
        return vertx.httpClientBuilder().with(http).with(pool).build();
    }
}
