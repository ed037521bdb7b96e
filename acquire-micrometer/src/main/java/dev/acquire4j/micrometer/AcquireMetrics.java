package dev.acquire4j.micrometer;

import dev.acquire4j.ports.SendListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Micrometer metrics for acquire4j sends: give {@link #listener(MeterRegistry)} to
 * {@code ClientSettings.builder().listener(...)}.
 *
 * <p>Meters: the timer {@value #SEND} (one per send, waits included), the counters
 * {@value #ATTEMPTS} (one per HTTP request) and {@value #RETRIES} (one per retry). Tags:
 * {@value #CHANNEL} ({@code chat}, {@code email}, {@code sms}), {@value #OUTCOME} ({@code sent},
 * {@code not_sent}, {@code outcome_unknown}; not on retries) and {@value #STATUS} ({@code 2xx},
 * {@code 4xx}, {@code 5xx}, {@code none} when no answer came).
 *
 * <p>There are deliberately no tags for case, contact or message ids, phone numbers, addresses or
 * text: each distinct tag value makes a new time series, so ids would grow the registry without
 * bound (cardinality), and metrics backends are no place for personal data (privacy). Correlate a
 * single send through the {@code DEBUG} log line instead, which carries the ids.
 */
public final class AcquireMetrics {
    /** The timer of whole sends. */
    public static final String SEND = "acquire.send";
    /** The counter of attempts, one per HTTP request. */
    public static final String ATTEMPTS = "acquire.attempts";
    /** The counter of retries scheduled. */
    public static final String RETRIES = "acquire.retries";
    /** Tag: the channel's wire name. */
    public static final String CHANNEL = "channel";
    /** Tag: how the send or attempt ended. */
    public static final String OUTCOME = "outcome";
    /** Tag: the class of the HTTP status. */
    public static final String STATUS = "status";

    private AcquireMetrics() {}

    /**
     * {@return a listener that records every send of a client in the registry; thread-safe}
     *
     * @param registry where the meters are registered
     * @throws NullPointerException if {@code registry} is {@code null}
     */
    public static SendListener listener(MeterRegistry registry) {
        return new MicrometerSendListener(Objects.requireNonNull(registry, "registry"));
    }
}
