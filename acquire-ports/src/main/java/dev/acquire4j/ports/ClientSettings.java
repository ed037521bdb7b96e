package dev.acquire4j.ports;

import dev.acquire4j.domain.Redaction;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violations;
import java.net.URI;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Transport-neutral settings of one client: where to send, with which key, how long to wait, and
 * who messages come from by default. Immutable and thread-safe; build with {@link #builder()}.
 *
 * <pre>{@code
 * ClientSettings settings = ClientSettings.builder()
 *     .account("acme")                               // https://acme.acquire.io
 *     .apiKey(ApiKey.of(System.getenv("ACQUIRE_API_KEY")))
 *     .build();
 * }</pre>
 */
public final class ClientSettings {
    /** Default time to open a connection: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time to wait for the answer to one request, once it is written: 30 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Default deadline of one send (and of opening a case), retries and waits included: 60 seconds. */
    public static final Duration DEFAULT_SEND_DEADLINE = Duration.ofSeconds(60);
    /** Default deadline of one case lookup, retries and waits included: 30 seconds. */
    public static final Duration DEFAULT_LOOKUP_DEADLINE = Duration.ofSeconds(30);
    /** Default largest answer body read: 1 MiB, far above any documented answer (a few KB). */
    public static final int DEFAULT_MAX_ANSWER_BYTES = 1 << 20;
    /** Smallest allowed {@link Builder#maxAnswerBytes(int)}: 16 KiB. */
    public static final int MIN_MAX_ANSWER_BYTES = 16 << 10;
    /** Largest allowed {@link Builder#maxAnswerBytes(int)}: 64 MiB. */
    public static final int MAX_MAX_ANSWER_BYTES = 64 << 20;
    /** Default sender role: {@link SenderRole#USER}, an agent. */
    public static final SenderRole DEFAULT_SENDER_ROLE = SenderRole.USER;

    private final URI baseUri;
    private final ApiKey apiKey;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final SenderRole defaultSenderRole;
    private final String applicationName;
    private final Duration sendDeadline;
    private final Duration lookupDeadline;
    private final RetryPolicy retryPolicy;
    private final OperationListener listener;
    private final boolean logPersonalData;
    private final int maxAnswerBytes;
    private final ConfirmationPolicy confirmationPolicy;

    private final boolean checkCaseBeforeSend;

    private final AccountId account;
    private final HttpProxy proxy;
    private final KeyStore trustStore;

    private ClientSettings(Builder b, URI baseUri) {
        this.proxy = b.proxy;
        this.trustStore = b.trustStore;
        this.account = b.account;
        this.lookupDeadline = b.lookupDeadline;
        this.maxAnswerBytes = b.maxAnswerBytes;
        this.confirmationPolicy = b.confirmationPolicy;
        this.checkCaseBeforeSend = b.checkCaseBeforeSend;
        this.listener = b.listener;
        this.logPersonalData = b.logPersonalData;
        this.sendDeadline = b.sendDeadline;
        this.retryPolicy = b.retryPolicy;
        this.baseUri = baseUri;
        this.apiKey = b.apiKey;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.defaultSenderRole = b.defaultSenderRole;
        this.applicationName = b.applicationName;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a builder holding the account (or base URL) and API key the process environment names}
     * Add further options to it, then {@code build()}:
     * <ul>
     *   <li>{@code ACQUIRE_ACCOUNT} (see {@link Builder#account(String)}) or {@code ACQUIRE_BASE_URL}
     *       (see {@link Builder#baseUri(URI)}): exactly one;</li>
     *   <li>{@code ACQUIRE_API_KEY}, or {@code ACQUIRE_API_KEY_FILE} naming a regular file of at most
     *       4096 bytes that holds the key (surrounding whitespace such as a final newline is removed),
     *       as container secrets are mounted: exactly one.</li>
     * </ul>
     * A variable set to a blank value counts as unset. The rules are the builder's; no error message
     * ever shows the key or the file's content.
     *
     * @throws ValidationException naming each variable that is missing, doubled or breaks a rule
     */
    public static Builder fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * {@return a builder from the given variables, by the rules of {@link #fromEnvironment()}}: for
     * tests, or to read the variables from somewhere other than the process environment.
     *
     * @param environment the variables by name
     * @throws ValidationException naming each variable that is missing, doubled or breaks a rule
     * @throws NullPointerException if {@code environment} is {@code null}
     */
    public static Builder fromEnvironment(Map<String, String> environment) {
        return EnvironmentSettings.read(Objects.requireNonNull(environment, "environment"));
    }

    /** {@return the base URI every endpoint path is appended to, without a trailing slash} */
    public URI baseUri() {
        return baseUri;
    }

    /** {@return the API key} */
    public ApiKey apiKey() {
        return apiKey;
    }

    /** {@return the time allowed to open a connection} */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** {@return the time allowed for the answer to one request} */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** {@return the longest one send (or opening of a case) may take, every attempt and wait included} */
    public Duration sendDeadline() {
        return sendDeadline;
    }

    /** {@return the longest one case lookup may take, every attempt and wait included} */
    public Duration lookupDeadline() {
        return lookupDeadline;
    }

    /**
     * {@return the largest answer body a client reads, in bytes}: a larger one ends its attempt,
     * and its connection, as a failure (for a 2xx, {@link MalformedResponseException}: the message
     * may have been stored, and it is never sent again)
     */
    public int maxAnswerBytes() {
        return maxAnswerBytes;
    }

    /** {@return when failed sends are tried again} */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** {@return the listener that hears every operation, if one was set} */
    public Optional<OperationListener> listener() {
        return Optional.ofNullable(listener);
    }

    /** {@return the HTTP proxy to reach Acquire through, if one was set (see {@link Builder#proxy(HttpProxy)})} */
    public Optional<HttpProxy> proxy() {
        return Optional.ofNullable(proxy);
    }

    /**
     * {@return whether a request to the base URI's host goes through the {@linkplain #proxy() proxy}}:
     * a proxy is set and none of its bypass hosts matches
     */
    public boolean proxied() {
        return proxy != null && proxy.appliesTo(baseUri.getHost());
    }

    /**
     * {@return the certificates the client trusts instead of the JVM's default ones, if set (see
     * {@link Builder#trustStore(KeyStore)})}
     */
    public Optional<KeyStore> trustStore() {
        return Optional.ofNullable(trustStore);
    }

    /** {@return whether log lines show phone numbers, e-mail addresses and message text unmasked} */
    public boolean logPersonalData() {
        return logPersonalData;
    }

    /**
     * {@return a builder holding these settings, to derive changed settings from}: every setting,
     * the API key included, is copied; {@code build()} checks them again.
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.account = account;
        b.baseUri = account == null ? baseUri : null;
        b.apiKey = apiKey;
        b.connectTimeout = connectTimeout;
        b.requestTimeout = requestTimeout;
        b.defaultSenderRole = defaultSenderRole;
        b.applicationName = applicationName;
        b.sendDeadline = sendDeadline;
        b.lookupDeadline = lookupDeadline;
        b.retryPolicy = retryPolicy;
        b.listener = listener;
        b.logPersonalData = logPersonalData;
        b.checkCaseBeforeSend = checkCaseBeforeSend;
        b.maxAnswerBytes = maxAnswerBytes;
        b.confirmationPolicy = confirmationPolicy;
        b.proxy = proxy;
        b.trustStore = trustStore;
        return b;
    }

    /**
     * {@return a copy of these settings with another send deadline, for a client view that shares connections}
     *
     * @param deadline a positive duration of at most 1 hour
     * @throws ValidationException if the deadline is not positive or over 1 hour
     */
    public ClientSettings withSendDeadline(Duration deadline) {
        return toBuilder().sendDeadline(checkSendDeadline(deadline)).build();
    }

    /**
     * Checks a send deadline by the rules of {@link Builder#sendDeadline(Duration)}.
     *
     * @param deadline the deadline
     * @return the deadline
     * @throws ValidationException if it is missing, not positive or over 1 hour
     */
    public static Duration checkSendDeadline(Duration deadline) {
        Violations v = Violations.of("ClientSettings");
        Builder.checkTimeout(v, "sendDeadline", deadline);
        v.throwIfAny();
        return deadline;
    }

    /** {@return how sends settle an unknown outcome; default {@link ConfirmationPolicy#off()}} */
    public ConfirmationPolicy confirmationPolicy() {
        return confirmationPolicy;
    }

    /**
     * {@return a copy of these settings with another confirmation policy, for a client view that shares connections}
     *
     * @param policy the policy
     */
    public ClientSettings withConfirmationPolicy(ConfirmationPolicy policy) {
        return toBuilder().confirmationPolicy(Objects.requireNonNull(policy, "policy")).build();
    }

    /** {@return whether every send first fetches its case and refuses an undeliverable one (see {@link AcquireClient#checked()})} */
    public boolean checkCaseBeforeSend() {
        return checkCaseBeforeSend;
    }

    /** {@return the sender role of messages that do not set one} */
    public SenderRole defaultSenderRole() {
        return defaultSenderRole;
    }

    /** {@return the caller's application name, added to the {@code User-Agent}, if set} */
    public Optional<String> applicationName() {
        return Optional.ofNullable(applicationName);
    }

    /** {@return the settings without the key} */
    @Override
    public String toString() {
        return "ClientSettings[baseUri=" + baseUri + ", apiKey=" + apiKey + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", sendDeadline=" + sendDeadline + ", lookupDeadline=" + lookupDeadline + ", retryPolicy=" + retryPolicy
                + (maxAnswerBytes == DEFAULT_MAX_ANSWER_BYTES ? "" : ", maxAnswerBytes=" + maxAnswerBytes)
                + ", defaultSenderRole=" + defaultSenderRole
                + (applicationName == null ? "" : ", applicationName=" + applicationName)
                + (listener == null ? "" : ", listener=" + listener)
                + (logPersonalData ? ", logPersonalData=true" : "")
                + (checkCaseBeforeSend ? ", checkCaseBeforeSend" : "")
                + (confirmationPolicy.equals(ConfirmationPolicy.off()) ? "" : ", confirmationPolicy=" + confirmationPolicy)
                + (proxy == null ? "" : ", proxy=" + proxy)
                + (trustStore == null ? "" : ", trustStore=custom") + "]";
    }

    /**
     * Builds {@link ClientSettings}. Not thread-safe. Exactly one of {@link #account(String)} and
     * {@link #baseUri(URI)} is required, and {@link #apiKey(ApiKey)} always is.
     */
    public static final class Builder {
        private AccountId account;
        private URI baseUri;
        private ApiKey apiKey;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private SenderRole defaultSenderRole = DEFAULT_SENDER_ROLE;
        private String applicationName;
        private Duration sendDeadline = DEFAULT_SEND_DEADLINE;
        private Duration lookupDeadline = DEFAULT_LOOKUP_DEADLINE;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private OperationListener listener;
        private boolean logPersonalData;
        private RuntimeException deferred;
        private boolean checkCaseBeforeSend;
        private int maxAnswerBytes = DEFAULT_MAX_ANSWER_BYTES;
        private ConfirmationPolicy confirmationPolicy = ConfirmationPolicy.off();
        private HttpProxy proxy;
        private KeyStore trustStore;

        private Builder() {}

        /**
         * Reaches Acquire through an HTTP proxy: for an {@code https} base URI the client opens a
         * tunnel with {@code CONNECT} (one per connection) and speaks TLS to Acquire inside it, so
         * certificates and host names are checked against Acquire, not the proxy. A proxy that
         * refuses the tunnel (any status but 2xx, e.g. 403 or 407) fails the operation as not
         * sent. For the JVM's standard {@code https.proxyHost} properties, pass
         * {@code HttpProxy.fromSystemProperties().orElse(null)}: they are not read unless asked.
         * Default: none, every connection is direct.
         *
         * @param httpProxy the proxy, or {@code null} for none
         * @return this builder
         */
        public Builder proxy(HttpProxy httpProxy) {
            this.proxy = httpProxy;
            return this;
        }

        /**
         * Trusts the certificates of this store instead of the JVM's default ones (its
         * {@code cacerts}), e.g. a company's root certificate where a proxy inspects TLS, or a test
         * server's own certificate. Its trusted certificate entries are read when the client is
         * built; later changes to the store do not apply. Host names are checked as always.
         * Default: none, the JVM's default trust.
         *
         * @param store a loaded key store, e.g. of type {@code PKCS12}, or {@code null} for the default
         * @return this builder
         */
        public Builder trustStore(KeyStore store) {
            this.trustStore = store;
            return this;
        }

        /**
         * Sends to {@code https://<account>.acquire.io}.
         *
         * @param accountId the account id, a DNS label (see {@link AccountId})
         * @return this builder
         */
        public Builder account(String accountId) {
            // The last call wins, valid or not, like every other setter.
            try {
                this.account = AccountId.of(accountId);
                this.deferred = null;
            } catch (RuntimeException e) {
                this.account = null;
                this.deferred = e;
            }
            return this;
        }

        /**
         * Sends to an explicit base URI instead (a proxy, a test server). It must use https, except
         * for loopback hosts, carry no user information (a password there would travel and leak),
         * query or fragment, and have either no port or one from 1 to 65535.
         *
         * @param uri the base URI, e.g. {@code http://127.0.0.1:8080}
         * @return this builder
         */
        public Builder baseUri(URI uri) {
            this.baseUri = uri;
            return this;
        }

        /**
         * Sets the API key (required).
         *
         * @param key the key
         * @return this builder
         */
        public Builder apiKey(ApiKey key) {
            this.apiKey = key;
            return this;
        }

        /**
         * Sets the time allowed to open a connection. Default: 10 seconds.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * Sets the time allowed for the answer to one request once written. Default: 30 seconds.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /**
         * Sets the longest one send may take, every attempt and every wait between attempts
         * included. Each attempt waits at most the smaller of the request timeout and what is left
         * of the deadline. Default: 60 seconds.
         *
         * @param deadline a positive duration of at most 1 hour
         * @return this builder
         */
        public Builder sendDeadline(Duration deadline) {
            this.sendDeadline = deadline;
            return this;
        }

        /**
         * Sets the longest one case lookup ({@link CaseLookup}) may take, every attempt and wait
         * included. Default: 30 seconds.
         *
         * @param deadline a positive duration of at most 1 hour
         * @return this builder
         */
        public Builder lookupDeadline(Duration deadline) {
            this.lookupDeadline = deadline;
            return this;
        }

        /**
         * Sets when failed sends are tried again. Default: {@link RetryPolicy#defaults()};
         * {@link RetryPolicy#none()} turns retries off.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = policy;
            return this;
        }

        /**
         * Sets a listener that hears every operation (sends, lookups, case openings), each attempt
         * and retry, to count, time and trace them (see {@code acquire-micrometer}). Default: none.
         *
         * @param operationListener the listener, or {@code null} for none
         * @return this builder
         */
        public Builder listener(OperationListener operationListener) {
            this.listener = operationListener;
            return this;
        }

        /**
         * Shows personal data in log lines. The library logs each send at {@code DEBUG} through
         * {@link System.Logger} (logger {@code dev.acquire4j.send}); by default the recipient's
         * phone number or e-mail address and the message text are masked there (see
         * {@link dev.acquire4j.domain.Redaction}). Turn this on only where such logs may hold
         * personal data. The API key is never logged, whatever this says. Default: {@code false}.
         *
         * @param show {@code true} to log phone numbers, e-mail addresses and text unmasked
         * @return this builder
         */
        public Builder logPersonalData(boolean show) {
            this.logPersonalData = show;
            return this;
        }

        /**
         * Makes every send of the client check its case first, as {@link AcquireClient#checked()}
         * does: one extra request per send, refusing before sending a case that is not active (or,
         * for a mail, not on the email channel; for an SMS, on another timeline). The server still
         * has the last word. Default: {@code false}.
         *
         * @param check whether to check
         * @return this builder
         */
        public Builder checkCaseBeforeSend(boolean check) {
            this.checkCaseBeforeSend = check;
            return this;
        }

        /**
         * Sets the largest answer body a client reads, so that a server (or a proxy) that answers
         * without end cannot exhaust the memory: memory per send stays bounded by this size. A
         * larger answer ends its attempt and closes its connection; a larger 2xx fails as
         * {@link MalformedResponseException} (the message may have been stored; never retried), a
         * larger error answer fails as its status says, with its body cut. Default: 1 MiB
         * ({@link #DEFAULT_MAX_ANSWER_BYTES}).
         *
         * @param bytes from 16 KiB to 64 MiB
         * @return this builder
         */
        public Builder maxAnswerBytes(int bytes) {
            this.maxAnswerBytes = bytes;
            return this;
        }

        /**
         * Sets how sends settle an unknown outcome: {@link ConfirmationPolicy#automatic()} reads
         * the case back after the grace period and resends only what is not stored. Default:
         * {@link ConfirmationPolicy#off()} (an unknown outcome ends the send as
         * {@link OutcomeUnknownException}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder confirmationPolicy(ConfirmationPolicy policy) {
            this.confirmationPolicy = policy;
            return this;
        }

        /**
         * Sets the sender role of messages that do not set their own. Default: {@link SenderRole#USER}.
         *
         * @param role the role
         * @return this builder
         */
        public Builder defaultSenderRole(SenderRole role) {
            this.defaultSenderRole = role;
            return this;
        }

        /**
         * Names the calling application in the {@code User-Agent} header, e.g. {@code billing/2.3}.
         *
         * @param name visible ASCII without CR or LF, at most 100 characters
         * @return this builder
         */
        public Builder applicationName(String name) {
            this.applicationName = name;
            return this;
        }

        /**
         * Checks every setting and builds.
         *
         * @return the settings
         * @throws ValidationException listing every invalid or missing setting
         */
        public ClientSettings build() {
            Violations v = Violations.of("ClientSettings");
            URI resolved = null;
            if (deferred instanceof ValidationException invalid) {
                v.addAll("account", invalid);
            } else if (account != null && baseUri != null) {
                v.add("baseUri", "give either an account or a base URI, not both", "");
            } else if (account == null && baseUri == null) {
                v.add("account", "an account id or a base URI is required", "");
            }
            if (v.isEmpty()) {
                try {
                    resolved = account != null ? account.baseUri() : BaseUris.check(baseUri);
                } catch (ValidationException e) {
                    v.addAll("baseUri", e);
                }
            }
            v.require(apiKey, "apiKey");
            checkTimeout(v, "connectTimeout", connectTimeout);
            checkTimeout(v, "requestTimeout", requestTimeout);
            checkTimeout(v, "sendDeadline", sendDeadline);
            checkTimeout(v, "lookupDeadline", lookupDeadline);
            v.require(retryPolicy, "retryPolicy");
            v.require(confirmationPolicy, "confirmationPolicy");
            v.addIf(maxAnswerBytes < MIN_MAX_ANSWER_BYTES || maxAnswerBytes > MAX_MAX_ANSWER_BYTES, "maxAnswerBytes",
                    "must be from 16 KiB (16384) to 64 MiB (67108864) bytes", Integer.toString(maxAnswerBytes));
            v.require(defaultSenderRole, "defaultSenderRole");
            if (applicationName != null) {
                v.addIf(!applicationName.matches("[\\x21-\\x7e]([\\x20-\\x7e]{0,98}[\\x21-\\x7e])?"), "applicationName",
                        "must be 1 to 100 visible ASCII characters, no CR or LF", Redaction.plain(applicationName));
            }
            checkTrustStore(v, trustStore);
            v.throwIfAny();
            return new ClientSettings(this, Objects.requireNonNull(resolved));
        }

        private static void checkTrustStore(Violations v, KeyStore store) {
            if (store == null) {
                return;
            }
            boolean hasCertificate = false;
            try {
                for (var aliases = store.aliases(); aliases.hasMoreElements() && !hasCertificate; ) {
                    hasCertificate = store.isCertificateEntry(aliases.nextElement());
                }
            } catch (KeyStoreException e) {
                v.add("trustStore", "must be loaded", "");
                return;
            }
            v.addIf(!hasCertificate, "trustStore", "must hold at least one trusted certificate entry", "");
        }

        static void checkTimeout(Violations v, String field, Duration timeout) {
            if (v.require(timeout, field)) {
                v.addIf(timeout.isNegative() || timeout.isZero(), field, "must be positive", timeout.toString());
                v.addIf(timeout.compareTo(Duration.ofHours(1)) > 0, field, "must be at most 1 hour", timeout.toString());
            }
        }
    }
}
