package dev.acquire4j.vertx;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violations;
import dev.acquire4j.ports.ClientSettings;
import java.time.Duration;

/**
 * Settings of a {@link VertxAcquireClient}: the transport-neutral {@link ClientSettings} plus the
 * few Vert.x knobs that matter for one API host. Immutable and thread-safe; build with
 * {@link #builder()}.
 *
 * <pre>{@code
 * VertxAcquireOptions options = VertxAcquireOptions.builder()
 *     .settings(ClientSettings.builder().account("acme").apiKey(ApiKey.of(key)).build())
 *     .maxPoolSize(32)                                  // default: 32 connections
 *     .build();
 * }</pre>
 *
 * <p>How the settings' timeouts apply to each attempt: {@link ClientSettings#connectTimeout()} bounds
 * both opening a TCP (and TLS) connection and waiting for a free pooled connection, so an attempt
 * that could not get a connection in time fails as not sent (and may be retried).
 * {@link ClientSettings#requestTimeout()} is Vert.x's idle timeout of the request: once connected,
 * the attempt fails as outcome unknown if no bytes of the answer arrive for that long. Both are
 * capped by what is left of {@link ClientSettings#sendDeadline()}, and run on Vert.x timers, as do
 * the waits between retries; no thread sleeps, except a blocking caller's own between retries.
 * Being an idle timeout, the request timeout does not cut short an answer that keeps arriving.
 */
public final class VertxAcquireOptions {
    /** Default maximum number of HTTP/1.1 connections to the Acquire host: 32. */
    public static final int DEFAULT_MAX_POOL_SIZE = 32;
    /** Default maximum number of sends waiting for a pooled connection: 10,000. */
    public static final int DEFAULT_MAX_WAIT_QUEUE_SIZE = 10_000;
    /** Default time an unused pooled connection stays open: 30 seconds. */
    public static final Duration DEFAULT_KEEP_ALIVE_TIMEOUT = Duration.ofSeconds(30);

    private static final int MAX_POOL_SIZE_LIMIT = 1_000;

    private final ClientSettings settings;
    private final int maxPoolSize;
    private final int maxWaitQueueSize;
    private final Duration keepAliveTimeout;

    private VertxAcquireOptions(Builder b) {
        this.settings = b.settings;
        this.maxPoolSize = b.maxPoolSize;
        this.maxWaitQueueSize = b.maxWaitQueueSize;
        this.keepAliveTimeout = b.keepAliveTimeout;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return options with these settings and every Vert.x knob at its default}
     *
     * @param settings the transport-neutral settings
     * @throws ValidationException if {@code settings} is {@code null}
     */
    public static VertxAcquireOptions of(ClientSettings settings) {
        return builder().settings(settings).build();
    }

    /** {@return where to send, the key, the timeouts and the default sender role} */
    public ClientSettings settings() {
        return settings;
    }

    /** {@return the maximum number of HTTP/1.1 connections the client keeps to the Acquire host} */
    public int maxPoolSize() {
        return maxPoolSize;
    }

    /** {@return the maximum number of sends waiting for a pooled connection} */
    public int maxWaitQueueSize() {
        return maxWaitQueueSize;
    }

    /** {@return how long an unused pooled connection stays open} */
    public Duration keepAliveTimeout() {
        return keepAliveTimeout;
    }

    /** {@return the options, without the key} */
    @Override
    public String toString() {
        return "VertxAcquireOptions[settings=" + settings + ", maxPoolSize=" + maxPoolSize
                + ", maxWaitQueueSize=" + maxWaitQueueSize + ", keepAliveTimeout=" + keepAliveTimeout + "]";
    }

    /** Builds {@link VertxAcquireOptions}. Not thread-safe. Only {@link #settings(ClientSettings)} is required. */
    public static final class Builder {
        private ClientSettings settings;
        private int maxPoolSize = DEFAULT_MAX_POOL_SIZE;
        private int maxWaitQueueSize = DEFAULT_MAX_WAIT_QUEUE_SIZE;
        private Duration keepAliveTimeout = DEFAULT_KEEP_ALIVE_TIMEOUT;

        private Builder() {}

        /**
         * Sets where to send, the key and the timeouts (required).
         *
         * @param settings the transport-neutral settings
         * @return this builder
         */
        public Builder settings(ClientSettings settings) {
            this.settings = settings;
            return this;
        }

        /**
         * Sets the maximum number of HTTP/1.1 connections to the Acquire host; sends beyond it wait
         * for a free connection. Default: 32.
         *
         * @param size 1 to 1,000
         * @return this builder
         */
        public Builder maxPoolSize(int size) {
            this.maxPoolSize = size;
            return this;
        }

        /**
         * Sets how many sends may wait for a pooled connection. A send beyond it fails at once with a
         * {@link dev.acquire4j.ports.ConnectionFailedException}: nothing was sent. Waiting is also
         * bounded in time by the connect timeout. Default: 10,000.
         *
         * @param size at least 1
         * @return this builder
         */
        public Builder maxWaitQueueSize(int size) {
            this.maxWaitQueueSize = size;
            return this;
        }

        /**
         * Sets how long an unused pooled connection stays open. Shorter than the server's own idle
         * timeout is safer: a connection the server closes just as a send reuses it leaves that send's
         * outcome unknown. Default: 30 seconds.
         *
         * @param timeout 1 second to 1 hour, in whole seconds
         * @return this builder
         */
        public Builder keepAliveTimeout(Duration timeout) {
            this.keepAliveTimeout = timeout;
            return this;
        }

        /**
         * Checks every option and builds.
         *
         * @return the options
         * @throws ValidationException listing every invalid or missing option
         */
        public VertxAcquireOptions build() {
            Violations v = Violations.of("VertxAcquireOptions");
            v.require(settings, "settings");
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
            return new VertxAcquireOptions(this);
        }
    }
}
