package dev.acquire4j.protocol;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.MessageId;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The stored messages one client has accounted for, each by one send or one confirmation: a
 * confirmation never takes a copy another send of this client already owns. Kept for one hour
 * (the longest send deadline), and at most {@value #MAX_CLAIMS} of them at a time, oldest dropped
 * first past that. Thread-safe.
 */
public final class Claims {
    /** Most claims kept; past it the ones older than {@link #KEEP} go, then the oldest half. */
    static final int MAX_CLAIMS = 100_000;
    /** How long a claim is kept. */
    static final Duration KEEP = Duration.ofHours(1);

    private record Key(long caseId, long messageId) {}

    private final Map<Key, Long> claimed = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    /**
     * Creates empty claims.
     *
     * @param nanoClock a monotonic clock in nanoseconds, normally {@code System::nanoTime}
     */
    public Claims(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * Claims a stored message for one send.
     *
     * @param caseId its case
     * @param id its id
     * @return {@code true} if nobody had claimed it, {@code false} if it is already accounted for
     */
    public boolean claim(CaseId caseId, MessageId id) {
        long now = nanoClock.getAsLong();
        boolean fresh = claimed.putIfAbsent(new Key(caseId.value(), id.value()), now) == null;
        if (fresh && claimed.size() > MAX_CLAIMS) {
            prune(now);
        }
        return fresh;
    }

    /** {@return how many claims are kept} */
    public int size() {
        return claimed.size();
    }

    private void prune(long now) {
        long keep = KEEP.toNanos();
        claimed.values().removeIf(at -> now - at > keep);
        if (claimed.size() > MAX_CLAIMS) {
            long oldestHalf = claimed.values().stream().sorted().skip(claimed.size() / 2).findFirst().orElse(now);
            claimed.values().removeIf(at -> at < oldestHalf);
        }
    }
}
