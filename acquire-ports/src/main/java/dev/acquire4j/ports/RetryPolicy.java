package dev.acquire4j.ports;

import dev.acquire4j.domain.Violations;
import java.time.Duration;

/**
 * When a failed send is tried again. Immutable and thread-safe; the default is
 * {@link #defaults()}.
 *
 * <p>Only failures that certainly did not send the message are retried: a connection that could
 * not be made ({@link ConnectionFailedException}), 429 ({@link RateLimitedException}) and 503 with
 * {@code Retry-After} ({@link ServiceUnavailableException}). The wait before attempt {@code n+1} is
 * the server's {@code Retry-After} when it sent one (capped at {@link #maxRetryAfter()}), otherwise a
 * random duration between 0 and {@code min(maxDelay, baseDelay * 2^(n-1))} ("full jitter", so that
 * many clients do not retry in step). No attempt and no wait goes past the send's deadline
 * ({@link ClientSettings#sendDeadline()}): when the next wait would end after it, the last failure
 * is thrown.
 *
 * <p>Failures whose outcome is unknown (timeouts, resets, 5xx) are not retried, because a retry
 * could store the message twice. {@link Builder#retryOutcomeUnknown(boolean)} turns that on for
 * callers who accept duplicates.
 */
public final class RetryPolicy {
    /** Default most attempts per send, the first included: 3. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** Default base of the exponential backoff: 200 milliseconds. */
    public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(200);
    /** Default longest backoff between two attempts: 5 seconds. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(5);
    /** Default longest {@code Retry-After} honoured: 30 seconds; a longer one ends the send. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;
    private final boolean retryOutcomeUnknown;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.maxRetryAfter = b.maxRetryAfter;
        this.retryOutcomeUnknown = b.retryOutcomeUnknown;
    }

    /** {@return the default policy: 3 attempts, 200 ms base, 5 s cap, Retry-After up to 30 s, never retry an unknown outcome} */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** {@return a policy that makes exactly one attempt} */
    public static RetryPolicy none() {
        return NONE;
    }

    /** {@return a new builder, starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return most attempts per send, the first included} */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** {@return the base of the exponential backoff} */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** {@return the longest backoff between two attempts} */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** {@return the longest {@code Retry-After} honoured} */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** {@return whether failures with an unknown outcome are retried too (may send twice)} */
    public boolean retryOutcomeUnknown() {
        return retryOutcomeUnknown;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", maxRetryAfter=" + maxRetryAfter + ", retryOutcomeUnknown=" + retryOutcomeUnknown + "]";
    }

    /** Builds a {@link RetryPolicy}. Not thread-safe. */
    public static final class Builder {
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration baseDelay = DEFAULT_BASE_DELAY;
        private Duration maxDelay = DEFAULT_MAX_DELAY;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
        private boolean retryOutcomeUnknown;

        private Builder() {}

        /**
         * Sets the most attempts per send, the first included. Default: 3.
         *
         * @param attempts 1 (no retry) to 10
         * @return this builder
         */
        public Builder maxAttempts(int attempts) {
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * Sets the base of the exponential backoff. Default: 200 milliseconds.
         *
         * @param delay zero or positive
         * @return this builder
         */
        public Builder baseDelay(Duration delay) {
            this.baseDelay = delay;
            return this;
        }

        /**
         * Sets the longest backoff between two attempts. Default: 5 seconds.
         *
         * @param delay at least the base delay
         * @return this builder
         */
        public Builder maxDelay(Duration delay) {
            this.maxDelay = delay;
            return this;
        }

        /**
         * Sets the longest {@code Retry-After} honoured; a longer one ends the send. Default: 30 seconds.
         *
         * @param cap zero or positive
         * @return this builder
         */
        public Builder maxRetryAfter(Duration cap) {
            this.maxRetryAfter = cap;
            return this;
        }

        /**
         * Also retries failures whose outcome is unknown (timeouts, resets, 5xx). Default: off,
         * because such a retry can store the message twice. Turn it on only where a duplicate is
         * harmless.
         *
         * @param retry whether to retry unknown outcomes
         * @return this builder
         */
        public Builder retryOutcomeUnknown(boolean retry) {
            this.retryOutcomeUnknown = retry;
            return this;
        }

        /**
         * Checks and builds.
         *
         * @return the policy
         * @throws dev.acquire4j.domain.ValidationException listing every invalid setting
         */
        public RetryPolicy build() {
            Violations v = Violations.of("RetryPolicy");
            v.addIf(maxAttempts < 1 || maxAttempts > 10, "maxAttempts", "must be between 1 and 10", Integer.toString(maxAttempts));
            if (v.require(baseDelay, "baseDelay")) {
                v.addIf(baseDelay.isNegative(), "baseDelay", "must not be negative", baseDelay.toString());
            }
            if (v.require(maxDelay, "maxDelay") && baseDelay != null) {
                v.addIf(maxDelay.compareTo(baseDelay) < 0, "maxDelay", "must be at least baseDelay", maxDelay.toString());
            }
            if (v.require(maxRetryAfter, "maxRetryAfter")) {
                v.addIf(maxRetryAfter.isNegative(), "maxRetryAfter", "must not be negative", maxRetryAfter.toString());
            }
            v.throwIfAny();
            return new RetryPolicy(this);
        }
    }
}
