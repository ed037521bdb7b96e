package dev.acquire4j.protocol;

import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.RateLimitedException;
import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.ServiceUnavailableException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;

/**
 * Decides, after a failed attempt, whether the send is tried again and after how long, by the
 * rules of {@link RetryPolicy}. Thread-safe if its random source is.
 */
public final class RetryDecider {
    private final RetryPolicy policy;
    /** Returns a uniformly random long in {@code [0, bound]}; injectable so tests can pin the jitter. */
    private final LongUnaryOperator random;
    /** Whether the calls decided for change nothing on the server (lookups), so unknown outcomes may be retried. */
    private final boolean idempotent;

    /**
     * Creates a decider with a thread-safe random jitter.
     *
     * @param policy the retry policy
     */
    public RetryDecider(RetryPolicy policy) {
        this(policy, RetryDecider::uniformUpTo);
    }

    /**
     * Creates a decider with a given jitter source.
     *
     * @param policy the retry policy
     * @param random returns a random long in {@code [0, bound]} for a bound in nanoseconds
     */
    public RetryDecider(RetryPolicy policy, LongUnaryOperator random) {
        this(policy, random, false);
    }

    private RetryDecider(RetryPolicy policy, LongUnaryOperator random, boolean idempotent) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
        this.idempotent = idempotent;
    }

    /**
     * {@return a decider for idempotent calls (lookups) under the same policy and jitter}
     *
     * <p>A lookup changes nothing on the server, so repeating one whose outcome is unknown (a
     * timeout, a reset, a 5xx) cannot do harm: such failures are retried as if the policy's
     * {@link RetryPolicy#retryOutcomeUnknown()} were on. The attempt limit, backoff, {@code Retry-After}
     * and deadline still apply; an unreadable 2xx is still not retried, as it would most likely repeat.
     */
    public RetryDecider idempotent() {
        return new RetryDecider(policy, random, true);
    }

    /** {@return whether this decider is for idempotent calls, made by {@link #idempotent()}} */
    public boolean forIdempotentCalls() {
        return idempotent;
    }

    /**
     * {@return the wait before the next attempt, or empty to give up and report {@code failure}}
     *
     * @param failure the failure of the attempt just made
     * @param attemptsMade how many attempts this send has made
     * @param remaining what is left of the send's deadline
     */
    public Optional<Duration> next(SendFailedException failure, int attemptsMade, Duration remaining) {
        if (attemptsMade >= policy.maxAttempts() || !retryable(failure)) {
            return Optional.empty();
        }
        Duration wait;
        Optional<Duration> hint = failure.details().retryAfter();
        if (hint.isPresent()) {
            if (hint.get().compareTo(policy.maxRetryAfter()) > 0) {
                return Optional.empty();
            }
            wait = hint.get();
        } else {
            wait = Duration.ofNanos(random.applyAsLong(backoffCeilingNanos(attemptsMade)));
        }
        return wait.compareTo(remaining) < 0 ? Optional.of(wait) : Optional.empty();
    }

    /** {@return whether a failure may be retried: certainly not sent, or unknown when the caller opted in} */
    boolean retryable(SendFailedException failure) {
        int status = failure.status().orElse(-1);
        if (status >= 200 && status <= 299) {
            // The server answered 2xx and then the answer broke: it processed the request.
            return false;
        }
        if (failure instanceof ConnectionFailedException || failure instanceof RateLimitedException
                || failure instanceof ServiceUnavailableException) {
            return true;
        }
        // A 2xx with an unreadable body was stored: retrying it would certainly send twice.
        return (policy.retryOutcomeUnknown() || idempotent) && failure instanceof OutcomeUnknownException
                && !(failure instanceof MalformedResponseException);
    }

    /** {@return {@code min(maxDelay, baseDelay * 2^(attemptsMade-1))} in nanoseconds, without overflow} */
    long backoffCeilingNanos(int attemptsMade) {
        long cap = saturatedNanos(policy.maxDelay());
        long delay = saturatedNanos(policy.baseDelay());
        for (int i = 1; i < attemptsMade && delay < cap; i++) {
            delay = delay > cap / 2 ? cap : delay * 2;
        }
        return Math.min(delay, cap);
    }

    /**
     * {@return the duration in nanoseconds, or {@code Long.MAX_VALUE} past 292 years}: the policy
     * accepts any delay, and {@link Duration#toNanos()} would throw on a huge one.
     */
    private static long saturatedNanos(Duration d) {
        return d.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : d.toNanos();
    }

    /** {@return a uniform random long in {@code [0, bound]}; {@code bound + 1} would overflow at the largest bound} */
    private static long uniformUpTo(long bound) {
        if (bound <= 0) {
            return 0;
        }
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return bound == Long.MAX_VALUE ? r.nextLong() & Long.MAX_VALUE : r.nextLong(bound + 1);
    }
}
