package dev.acquire4j.jdk;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violations;
import dev.acquire4j.jdk.internal.ClosingExecutor;
import dev.acquire4j.jdk.internal.JdkExchange;
import dev.acquire4j.jdk.internal.JdkNetwork;
import dev.acquire4j.jdk.internal.OwnedExecutor;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.protocol.core.ClientCore;
import java.net.http.HttpClient;
import java.util.concurrent.Executor;

/**
 * Builds an {@link AcquireClient} on the JDK's {@link HttpClient}. The only entry point of this module.
 *
 * <pre>{@code
 * try (AcquireClient acquire = JdkAcquireClient.builder()
 *         .settings(ClientSettings.builder().account("acme").apiKey(ApiKey.of(key)).build())
 *         .build()) {
 *     SentMessage sent = acquire.chat().send(message);
 * }
 * }</pre>
 *
 * <p>The client is thread-safe; share one per account. Blocking sends run on the calling thread.
 * Async sends run as blocking exchanges on threads the client owns (started on demand up to 256,
 * reused, each ending after a minute idle; more sends wait in order for a free one, within their
 * deadline) and complete there: unlike
 * {@code HttpClient.sendAsync}, this starts no thread per send on JDK 17 with 2 CPUs or fewer. The
 * HTTP client runs on its executor: by default a pool of daemon threads the client owns and shuts
 * down on {@code close()}, which also closes the HTTP client's idle connections; or the caller's
 * executor, which {@code close()} leaves alone (on JDK 17 the idle connections of such an HTTP
 * client then stay open until it is garbage-collected or its keep-alive timeout passes). {@code close()} ends every send in flight
 * at once, blocking or async, as an {@code OutcomeUnknownException}. Redirects are never followed, so the API key only
 * ever goes to the configured host.
 *
 * <p>The settings' {@linkplain ClientSettings#proxy() proxy} and {@linkplain ClientSettings#trustStore()
 * trust store} apply to the HTTP client the builder creates; TLS is 1.2 or 1.3. Proxy credentials for
 * an HTTPS base URI need the JVM started with {@code -Djdk.http.auth.tunneling.disabledSchemes=}
 * (empty): {@code java.net.http} otherwise never sends Basic credentials while opening a tunnel, and
 * {@link Builder#build()} says so rather than fail later.
 */
public final class JdkAcquireClient {
    private static final String NAME = "JdkAcquireClient";

    private JdkAcquireClient() {}

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a JDK-transport {@link AcquireClient}. Not thread-safe. */
    public static final class Builder {
        private ClientSettings settings;
        private HttpClient httpClient;
        private Executor executor;

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
         * Uses the caller's {@link HttpClient} instead of one the client creates. It must not follow
         * redirects. Its connect timeout and executor then apply; {@code close()} leaves it alone.
         *
         * @param client the HTTP client to share
         * @return this builder
         */
        public Builder httpClient(HttpClient client) {
            this.httpClient = client;
            return this;
        }

        /**
         * Uses the caller's executor for the HTTP client the builder creates. Default: a cached pool of daemon threads that {@code close()} shuts down.
         * Ignored when {@link #httpClient(HttpClient)} is given.
         *
         * @param executor the executor; {@code close()} leaves it alone
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /**
         * Checks the configuration and builds the client.
         *
         * @return the client, {@linkplain AcquireClient#checked() checked} if the settings ask for it; close it when done
         * @throws ValidationException if settings are missing or the given HTTP client follows redirects
         */
        public AcquireClient build() {
            Violations v = Violations.of("JdkAcquireClient");
            v.require(settings, "settings");
            v.addIf(httpClient != null && httpClient.followRedirects() != HttpClient.Redirect.NEVER, "httpClient",
                    "must not follow redirects: the Authorization header would go to the redirect target", "");
            v.addIf(httpClient != null && executor != null, "executor",
                    "give either an httpClient or an executor, not both: the executor belongs to the HTTP client", "");
            if (settings != null) {
                v.addIf(httpClient != null && (settings.proxy().isPresent() || settings.trustStore().isPresent()),
                        "httpClient", "give either an httpClient or settings with a proxy or trust store, not both:"
                                + " the HTTP client's own proxy and TLS would apply", "");
                JdkNetwork.check(v, settings, System.getProperty(JdkNetwork.TUNNELING_DISABLED_SCHEMES));
            }
            v.throwIfAny();
            if (httpClient != null) {
                return ClientCore.client(settings, new JdkExchange(httpClient, null, settings.maxAnswerBytes()), NAME);
            }
            ClosingExecutor owned = executor == null ? new ClosingExecutor(OwnedExecutor.create("http")) : null;
            Executor used = owned != null ? owned : executor;
            HttpClient created = JdkNetwork.apply(HttpClient.newBuilder(), settings)
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(settings.baseUri().getScheme().equals("https") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                    .executor(used)
                    .build();
            return ClientCore.client(settings,
                    JdkNetwork.authorizing(new JdkExchange(created, owned, settings.maxAnswerBytes()), settings), NAME);
        }
    }
}
