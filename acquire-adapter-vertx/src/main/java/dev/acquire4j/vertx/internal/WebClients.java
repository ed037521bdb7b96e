package dev.acquire4j.vertx.internal;

import dev.acquire4j.ports.ClientSettings;
import io.vertx.core.Vertx;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;

/** Creates the Web Client a {@code VertxAcquireClient} owns, configured once from its options. */
public final class WebClients {
    private WebClients() {}

    /**
     * {@return a Web Client on the caller's Vert.x that never follows redirects and sends no
     * User-Agent of its own}
     *
     * @param vertx the Vert.x instance whose event loops run the client
     * @param settings the checked settings
     * @param keepAliveTimeout how long an idle pooled connection stays open
     * @param maxPoolSize the most connections to the host
     * @param maxWaitQueueSize the most requests waiting for a connection
     */
    public static WebClient create(Vertx vertx, ClientSettings settings, Duration keepAliveTimeout, int maxPoolSize,
            int maxWaitQueueSize) {
        WebClientOptions web = new WebClientOptions()
                // A redirect would carry the Authorization header to another host, where the key would leak.
                .setFollowRedirects(false)
                // The protocol sends acquire4j's own User-Agent with every request.
                .setUserAgentEnabled(false)
                .setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
                .setKeepAlive(true)
                .setKeepAliveTimeout(Math.toIntExact(keepAliveTimeout.toSeconds()))
                .setVerifyHost(true);
        PoolOptions pool = new PoolOptions()
                .setHttp1MaxSize(maxPoolSize)
                .setMaxWaitQueueSize(maxWaitQueueSize);
        return WebClient.create(vertx, web, pool);
    }
}
