package dev.acquire4j.vertx.internal;

import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.vertx.VertxAcquireOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

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
     * @param options the checked options
     */
    public static HttpClient create(Vertx vertx, VertxAcquireOptions options) {
        ClientSettings settings = options.settings();
        HttpClientOptions http = new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
                .setKeepAlive(true)
                .setKeepAliveTimeout(Math.toIntExact(options.keepAliveTimeout().toSeconds()))
                .setVerifyHost(true);
        PoolOptions pool = new PoolOptions()
                .setHttp1MaxSize(options.maxPoolSize())
                .setMaxWaitQueueSize(options.maxWaitQueueSize());
        return vertx.httpClientBuilder().with(http).with(pool).build();
    }
}
