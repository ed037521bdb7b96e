package dev.acquire4j.spring.boot;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The {@code acquire.*} properties of the acquire4j starter. Exactly one of {@code acquire.account} and
 * {@code acquire.base-url}, and exactly one of {@code acquire.api-key} and {@code acquire.api-key-file},
 * are required; the rules are those of {@code ClientSettings.fromEnvironment()}, so the environment
 * variables {@code ACQUIRE_ACCOUNT}, {@code ACQUIRE_BASE_URL}, {@code ACQUIRE_API_KEY} and
 * {@code ACQUIRE_API_KEY_FILE} set them too (Spring's relaxed binding). Every other property has the
 * default of {@code ClientSettings}. Bound once at start-up; not thread-safe while being bound.
 */
@ConfigurationProperties(prefix = "acquire")
public class AcquireProperties {
    /** Creates the properties with every value unset, for Spring to bind. */
    public AcquireProperties() {
        // Spring binds the values through the setters.
    }

    /** Which transport the client uses. */
    public enum Transport {
        /** Vert.x when acquire-adapter-vertx is on the class path and the application has a {@code Vertx} bean, else the JDK's. */
        AUTO,
        /** The JDK's {@code java.net.http} client (acquire-adapter-jdk). */
        JDK,
        /** The Vert.x Web Client (acquire-adapter-vertx): on the application's {@code Vertx} bean, or a Vert.x of its own. */
        VERTX
    }

    /** The Acquire account id, e.g. {@code acme} for https://acme.acquire.io. Give this or base-url. */
    private String account;
    /** An explicit base URL instead of the account's (https, or http on loopback only). */
    private URI baseUrl;
    /** The API key. Give this or api-key-file; never logged. */
    private String apiKey;
    /** A regular file of at most 4096 bytes holding the API key, e.g. a mounted secret. */
    private Path apiKeyFile;
    /** Which transport the client uses. */
    private Transport transport = Transport.AUTO;
    /** Time allowed to open a connection. Default: 10s. */
    private Duration connectTimeout;
    /** Time allowed for the answer to one request. Default: 30s. */
    private Duration requestTimeout;
    /** Longest one send (or opening of a case) may take, every attempt and wait included. Default: 60s. */
    private Duration sendDeadline;
    /** Longest one case lookup may take, every attempt and wait included. Default: 30s. */
    private Duration lookupDeadline;
    /** Whether log lines show phone numbers, e-mail addresses and message text unmasked. */
    private boolean logPersonalData;
    /** Whether every send first fetches its case and refuses an undeliverable one. */
    private boolean checkCaseBeforeSend;
    /** The application's name in the User-Agent header, e.g. billing/2.3. */
    private String applicationName;
    /** When failed operations are tried again. */
    private final Retry retry = new Retry();
    /** Receiving webhooks. */
    private final Webhook webhook = new Webhook();
    /** An HTTP proxy to reach Acquire through. */
    @NestedConfigurationProperty
    private final ProxyProperties proxy = new ProxyProperties();
    /** Certificates to trust instead of the JVM's default ones. */
    @NestedConfigurationProperty
    private final TrustStoreProperties trustStore = new TrustStoreProperties();

    /** {@return the account id, or {@code null}} */
    public String getAccount() {
        return account;
    }

    /**
     * Sets the account id.
     *
     * @param account the account id
     */
    public void setAccount(String account) {
        this.account = account;
    }

    /** {@return the base URL, or {@code null}} */
    public URI getBaseUrl() {
        return baseUrl;
    }

    /**
     * Sets the base URL.
     *
     * @param baseUrl the base URL
     */
    public void setBaseUrl(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@return the API key, or {@code null}} */
    public String getApiKey() {
        return apiKey;
    }

    /**
     * Sets the API key.
     *
     * @param apiKey the API key
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    /** {@return the API key file, or {@code null}} */
    public Path getApiKeyFile() {
        return apiKeyFile;
    }

    /**
     * Sets the file holding the API key.
     *
     * @param apiKeyFile the file holding the API key
     */
    public void setApiKeyFile(Path apiKeyFile) {
        this.apiKeyFile = apiKeyFile;
    }

    /** {@return the transport; {@link Transport#AUTO} by default} */
    public Transport getTransport() {
        return transport;
    }

    /**
     * Sets the transport.
     *
     * @param transport the transport
     */
    public void setTransport(Transport transport) {
        this.transport = transport;
    }

    /** {@return the connect timeout, or {@code null} for the default} */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout the connect timeout
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** {@return the request timeout, or {@code null} for the default} */
    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * Sets the request timeout.
     *
     * @param requestTimeout the request timeout
     */
    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /** {@return the send deadline, or {@code null} for the default} */
    public Duration getSendDeadline() {
        return sendDeadline;
    }

    /**
     * Sets the send deadline.
     *
     * @param sendDeadline the send deadline
     */
    public void setSendDeadline(Duration sendDeadline) {
        this.sendDeadline = sendDeadline;
    }

    /** {@return the lookup deadline, or {@code null} for the default} */
    public Duration getLookupDeadline() {
        return lookupDeadline;
    }

    /**
     * Sets the lookup deadline.
     *
     * @param lookupDeadline the lookup deadline
     */
    public void setLookupDeadline(Duration lookupDeadline) {
        this.lookupDeadline = lookupDeadline;
    }

    /** {@return whether log lines show personal data; {@code false} by default} */
    public boolean isLogPersonalData() {
        return logPersonalData;
    }

    /**
     * Sets whether log lines show personal data.
     *
     * @param logPersonalData whether log lines show personal data
     */
    public void setLogPersonalData(boolean logPersonalData) {
        this.logPersonalData = logPersonalData;
    }

    /** {@return whether sends check their case first; {@code false} by default} */
    public boolean isCheckCaseBeforeSend() {
        return checkCaseBeforeSend;
    }

    /**
     * Sets whether sends check their case first.
     *
     * @param checkCaseBeforeSend whether sends check their case first
     */
    public void setCheckCaseBeforeSend(boolean checkCaseBeforeSend) {
        this.checkCaseBeforeSend = checkCaseBeforeSend;
    }

    /** {@return the application name, or {@code null}} */
    public String getApplicationName() {
        return applicationName;
    }

    /**
     * Sets the application name for the User-Agent.
     *
     * @param applicationName the application name for the User-Agent
     */
    public void setApplicationName(String applicationName) {
        this.applicationName = applicationName;
    }

    /** {@return the retry properties} */
    public Retry getRetry() {
        return retry;
    }

    /** {@return the proxy properties} */
    public ProxyProperties getProxy() {
        return proxy;
    }

    /** {@return the trust store properties} */
    public TrustStoreProperties getTrustStore() {
        return trustStore;
    }

    /** {@return the webhook properties} */
    public Webhook getWebhook() {
        return webhook;
    }

    /** The {@code acquire.retry.*} properties; each unset one keeps the {@code RetryPolicy} default. */
    public static class Retry {
        /** Creates the retry properties with every value unset. */
        public Retry() {
            // Spring binds the values through the setters.
        }

        /** Most attempts per operation, the first included; 1 turns retries off. Default: 3. */
        private Integer maxAttempts;
        /** Wait before the first retry, doubled for each later one. Default: 200ms. */
        private Duration baseDelay;
        /** Longest wait between attempts. Default: 5s. */
        private Duration maxDelay;
        /** Longest Retry-After wait honoured. Default: 30s. */
        private Duration maxRetryAfter;

        /** {@return the most attempts, or {@code null} for the default} */
        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        /**
         * Sets the most attempts.
         *
         * @param maxAttempts the most attempts
         */
        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** {@return the base delay, or {@code null} for the default} */
        public Duration getBaseDelay() {
            return baseDelay;
        }

        /**
         * Sets the base delay.
         *
         * @param baseDelay the base delay
         */
        public void setBaseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
        }

        /** {@return the longest wait, or {@code null} for the default} */
        public Duration getMaxDelay() {
            return maxDelay;
        }

        /**
         * Sets the longest wait.
         *
         * @param maxDelay the longest wait
         */
        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        /** {@return the longest Retry-After honoured, or {@code null} for the default} */
        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        /**
         * Sets the longest Retry-After honoured.
         *
         * @param maxRetryAfter the longest Retry-After honoured
         */
        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }
    }

    /** The {@code acquire.webhook.*} properties. */
    public static class Webhook {
        /** Creates the webhook properties with no secret. */
        public Webhook() {
            // Spring binds the value through the setter.
        }

        /** The webhook signing secret; when set, a WebhookVerifier bean checks deliveries. Never logged. */
        private String secret;

        /** {@return the signing secret, or {@code null}} */
        public String getSecret() {
            return secret;
        }

        /**
         * Sets the signing secret.
         *
         * @param secret the signing secret
         */
        public void setSecret(String secret) {
            this.secret = secret;
        }
    }

    /** {@return the properties without the API key or webhook secret} */
    @Override
    public String toString() {
        return "AcquireProperties[account=" + account + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "<redacted>")
                + ", apiKeyFile=" + apiKeyFile + ", transport=" + transport + "]";
    }
}
