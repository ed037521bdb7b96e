package dev.acquire4j.vertx;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violations;
import dev.acquire4j.ports.ClientSettings;
import io.vertx.core.http.HttpClientOptions;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Settings of a {@link VertxAcquireClient}: the transport-neutral {@link ClientSettings} plus the
 * few Vert.x knobs that matter for one API host. Immutable and thread-safe.
 *
 * <pre>{@code
 * VertxAcquireOptions options = VertxAcquireOptions.of(settings)
 *     .withMaxPoolSize(64);                             // default: 256 connections
 * }</pre>
 *
 * <p>How the settings' timeouts apply to each attempt: {@link ClientSettings#connectTimeout()} bounds
 * both opening a TCP (and TLS) connection and waiting for a free pooled connection, so an attempt
 * that could not get a connection in time fails as not sent (and may be retried).
 * {@link ClientSettings#requestTimeout()} bounds the whole attempt, connection included: an attempt
 * without a complete answer by then fails as outcome unknown. Both are capped by what is left of the
 * operation's deadline. One Vert.x timer per attempt enforces them (no per-request connect or idle
 * timer); it also runs the waits between retries; no thread sleeps, except a blocking caller's own
 * between retries.
 *
 * <p>The settings' {@linkplain ClientSettings#proxy() proxy} (an HTTPS tunnel through
 * {@code CONNECT}, Basic credentials included) and {@linkplain ClientSettings#trustStore() trust store}
 * apply to the Vert.x {@link HttpClientOptions}, with host-name verification on and TLS 1.2 or 1.3
 * only. For what the settings do not cover (a client certificate, an OpenSSL engine, a SOCKS
 * proxy, ...), {@link #withHttpClientOptions(UnaryOperator)} adjusts the options last.
 *
 * @param settings where to send, the key, the timeouts and the default sender role
 * @param maxPoolSize the most HTTP/1.1 connections to the Acquire host, 1 to 1,000; operations beyond
 *     it wait for a free connection. Default: 256, so that 256 operations in flight against a remote
 *     API answering in 50 ms reach about 5,000 per second (32 would cap them near 640)
 * @param maxWaitQueueSize how many operations may wait for a pooled connection, at least 1; one beyond
 *     it fails at once with a {@link dev.acquire4j.ports.ConnectionFailedException} (nothing was sent).
 *     Waiting is also bounded in time by the connect timeout. Default: 10,000
 * @param keepAliveTimeout how long an unused pooled connection stays open, 1 second to 1 hour in whole
 *     seconds; shorter than the server's own idle timeout is safer. Default: 30 seconds
 * @param httpClientOptions the hook that adjusts the HTTP client's options, see
 *     {@link #withHttpClientOptions(UnaryOperator)}. Default: none (the identity)
 */
public record VertxAcquireOptions(ClientSettings settings, int maxPoolSize, int maxWaitQueueSize,
        Duration keepAliveTimeout, UnaryOperator<HttpClientOptions> httpClientOptions) {
    /** Default maximum number of HTTP/1.1 connections to the Acquire host: 256. */
    public static final int DEFAULT_MAX_POOL_SIZE = 256;
    /** Default maximum number of operations waiting for a pooled connection: 10,000. */
    public static final int DEFAULT_MAX_WAIT_QUEUE_SIZE = 10_000;
    /** Default time an unused pooled connection stays open: 30 seconds. */
    public static final Duration DEFAULT_KEEP_ALIVE_TIMEOUT = Duration.ofSeconds(30);

    private static final int MAX_POOL_SIZE_LIMIT = 1_000;

    /**
     * Checks every option at once.
     *
     * @param settings where to send, the key and the timeouts
     * @param maxPoolSize 1 to 1,000
     * @param maxWaitQueueSize at least 1
     * @param keepAliveTimeout 1 second to 1 hour, in whole seconds
     * @param httpClientOptions adjusts the HTTP client's options last
     * @throws ValidationException listing every invalid or missing option
     */
    public VertxAcquireOptions {
        Violations v = Violations.of("VertxAcquireOptions");
        v.require(settings, "settings");
        v.require(httpClientOptions, "httpClientOptions");
        v.addIf(maxPoolSize < 1 || maxPoolSize > MAX_POOL_SIZE_LIMIT, "maxPoolSize",
                "must be 1 to " + MAX_POOL_SIZE_LIMIT, Integer.toString(maxPoolSize));
        v.addIf(maxWaitQueueSize < 1, "maxWaitQueueSize", "must be at least 1", Integer.toString(maxWaitQueueSize));
        if (v.require(keepAliveTimeout, "keepAliveTimeout")) {
            v.addIf(keepAliveTimeout.compareTo(Duration.ofSeconds(1)) < 0
                            || keepAliveTimeout.compareTo(Duration.ofHours(1)) > 0
                            || keepAliveTimeout.toNanos() % 1_000_000_000L != 0,
                    "keepAliveTimeout", "must be 1 second to 1 hour, in whole seconds", keepAliveTimeout.toString());
        }
        v.throwIfAny();
    }

    /**
     * Checks every option at once; no hook on the HTTP client's options.
     *
     * @param settings where to send, the key and the timeouts
     * @param maxPoolSize 1 to 1,000
     * @param maxWaitQueueSize at least 1
     * @param keepAliveTimeout 1 second to 1 hour, in whole seconds
     * @throws ValidationException listing every invalid or missing option
     */
    public VertxAcquireOptions(ClientSettings settings, int maxPoolSize, int maxWaitQueueSize, Duration keepAliveTimeout) {
        this(settings, maxPoolSize, maxWaitQueueSize, keepAliveTimeout, UnaryOperator.identity());
    }

    /**
     * {@return a copy whose hook adjusts the Vert.x {@link HttpClientOptions} after the client has
     * applied its settings, for what {@link ClientSettings} does not cover}: e.g.
     * {@code o -> o.setKeyCertOptions(clientCertificate)} for a client certificate. The hook runs
     * once, when the client is created, and may return the same options or new ones. It can undo
     * what the client relies on (host-name verification, the connect timeout, keep-alive, the TLS
     * protocols): change those only knowingly. Replaces an earlier hook.
     *
     * @param adjust changes the options; must not return {@code null}
     * @throws ValidationException if {@code adjust} is {@code null}
     */
    public VertxAcquireOptions withHttpClientOptions(UnaryOperator<HttpClientOptions> adjust) {
        return new VertxAcquireOptions(settings, maxPoolSize, maxWaitQueueSize, keepAliveTimeout, adjust);
    }

    /**
     * {@return options with these settings and every Vert.x knob at its default}
     *
     * @param settings the transport-neutral settings
     * @throws ValidationException if {@code settings} is {@code null}
     */
    public static VertxAcquireOptions of(ClientSettings settings) {
        return new VertxAcquireOptions(settings, DEFAULT_MAX_POOL_SIZE, DEFAULT_MAX_WAIT_QUEUE_SIZE,
                DEFAULT_KEEP_ALIVE_TIMEOUT);
    }

    /**
     * {@return a copy with another pool size}
     *
     * @param size 1 to 1,000
     * @throws ValidationException if the size is out of range
     */
    public VertxAcquireOptions withMaxPoolSize(int size) {
        return new VertxAcquireOptions(settings, size, maxWaitQueueSize, keepAliveTimeout, httpClientOptions);
    }

    /**
     * {@return a copy with another wait queue size}
     *
     * @param size at least 1
     * @throws ValidationException if the size is below 1
     */
    public VertxAcquireOptions withMaxWaitQueueSize(int size) {
        return new VertxAcquireOptions(settings, maxPoolSize, size, keepAliveTimeout, httpClientOptions);
    }

    /**
     * {@return a copy with another keep-alive timeout}
     *
     * @param timeout 1 second to 1 hour, in whole seconds
     * @throws ValidationException if the timeout is out of range
     */
    public VertxAcquireOptions withKeepAliveTimeout(Duration timeout) {
        return new VertxAcquireOptions(settings, maxPoolSize, maxWaitQueueSize, timeout, httpClientOptions);
    }
}
