package dev.acquire4j.ports;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violations;
import java.time.Duration;
import java.util.Objects;

/**
 * How a client settles a send whose outcome is unknown (a timeout, a reset, a 5xx, an unreadable
 * 2xx) by reading the case back: whether it does so on its own, how long it first waits for a
 * server that may still be storing, and how far apart the server's clock and this one may be.
 * Immutable and thread-safe. See {@link AcquireClient#confirm(OutcomeUnknownException)}.
 *
 * <p>With {@linkplain #automatic() automatic confirmation} a send that ends outcome-unknown waits
 * the grace period, reads its case's messages, and either ends <em>sent</em> with the stored copy
 * or sends again (a retry of a message certainly not stored), all within the one send deadline.
 * It costs one read request per unknown outcome and nothing when no send fails. Its limit: a server
 * that stores a request later than the grace period after the client gave up on it can end with two
 * copies.
 *
 * <pre>{@code
 * ClientSettings.builder()...confirmationPolicy(ConfirmationPolicy.automatic()).build();
 * client.withConfirmationPolicy(ConfirmationPolicy.automatic()).chat().send(m);  // one send only
 * }</pre>
 */
public final class ConfirmationPolicy {
    /** Default wait before reading the case back: 2 seconds. */
    public static final Duration DEFAULT_GRACE_PERIOD = Duration.ofSeconds(2);
    /** Default allowance for the server's clock being behind this one (and for whole-second times): 5 seconds. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(5);

    private static final ConfirmationPolicy OFF = new ConfirmationPolicy(false, DEFAULT_GRACE_PERIOD, DEFAULT_CLOCK_SKEW);
    private static final ConfirmationPolicy AUTOMATIC = new ConfirmationPolicy(true, DEFAULT_GRACE_PERIOD, DEFAULT_CLOCK_SKEW);

    private final boolean automatic;
    private final Duration gracePeriod;
    private final Duration clockSkew;

    private ConfirmationPolicy(boolean automatic, Duration gracePeriod, Duration clockSkew) {
        this.automatic = automatic;
        this.gracePeriod = gracePeriod;
        this.clockSkew = clockSkew;
    }

    /**
     * {@return the default: no automatic confirmation (an unknown outcome ends the send as
     * {@link OutcomeUnknownException}, as it always did); on-demand confirmation uses the default
     * grace period and clock skew}
     */
    public static ConfirmationPolicy off() {
        return OFF;
    }

    /** {@return automatic confirmation with the default grace period (2 s) and clock skew (5 s)} */
    public static ConfirmationPolicy automatic() {
        return AUTOMATIC;
    }

    /**
     * {@return this policy with another grace period}: the wait after an unknown outcome before the
     * case is read back. Longer covers slower servers (fewer duplicates), at the cost of a later
     * answer for every unknown outcome.
     *
     * @param wait zero or positive, at most 1 hour
     * @throws ValidationException if it is negative or over 1 hour
     */
    public ConfirmationPolicy withGracePeriod(Duration wait) {
        return new ConfirmationPolicy(automatic, check("gracePeriod", wait), clockSkew);
    }

    /**
     * {@return this policy with another clock-skew allowance}: a stored message counts as this
     * send's only if the server says it was created no earlier than the first attempt's start less
     * this allowance. Larger tolerates a server clock further behind; smaller lowers the chance of
     * taking an older identical message, sent by someone else, for this send's copy.
     *
     * @param skew zero or positive, at most 1 hour
     * @throws ValidationException if it is negative or over 1 hour
     */
    public ConfirmationPolicy withClockSkew(Duration skew) {
        return new ConfirmationPolicy(automatic, gracePeriod, check("clockSkew", skew));
    }

    /** {@return whether a send confirms an unknown outcome on its own (and resends what is not stored)} */
    public boolean isAutomatic() {
        return automatic;
    }

    /** {@return the wait after an unknown outcome before the case is read back; default 2 seconds} */
    public Duration gracePeriod() {
        return gracePeriod;
    }

    /** {@return how far the server's clock may be behind this one; default 5 seconds} */
    public Duration clockSkew() {
        return clockSkew;
    }

    private static Duration check(String field, Duration d) {
        Violations v = Violations.of("ConfirmationPolicy");
        if (v.require(d, field)) {
            v.addIf(d.isNegative(), field, "must not be negative", d.toString());
            v.addIf(d.compareTo(Duration.ofHours(1)) > 0, field, "must be at most 1 hour", d.toString());
        }
        v.throwIfAny();
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfirmationPolicy p && automatic == p.automatic && gracePeriod.equals(p.gracePeriod)
                && clockSkew.equals(p.clockSkew);
    }

    @Override
    public int hashCode() {
        return Objects.hash(automatic, gracePeriod, clockSkew);
    }

    @Override
    public String toString() {
        return "ConfirmationPolicy[" + (automatic ? "automatic" : "off") + ", gracePeriod=" + gracePeriod
                + ", clockSkew=" + clockSkew + "]";
    }
}
