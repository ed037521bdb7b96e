package dev.acquire4j.micrometer;

import dev.acquire4j.ports.OperationListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Micrometer metrics for every acquire4j operation (sends, case lookups, case openings): give {@link #listener(MeterRegistry)} to
 * {@code ClientSettings.builder().listener(...)}.
 *
 * <p>Meters: the timer {@value #OPERATION_TIMER} (one per operation, waits included), the counters
 * {@value #ATTEMPTS} (one per HTTP request) and {@value #RETRIES} (one per retry). Tags:
 * {@value #OPERATION} ({@link dev.acquire4j.ports.Operation#tag()}: {@code send_chat}, {@code send_mail},
 * {@code send_sms}, {@code get_case}, {@code list_cases_of_contact}, {@code list_cases_of_thread},
 * {@code open_case}), {@value #OUTCOME} ({@code succeeded}, {@code not_sent}, {@code outcome_unknown};
 * not on retries) and {@value #STATUS} ({@code 2xx},
 * {@code 4xx}, {@code 5xx}, {@code none} when no answer came). The timer {@value #CONFIRMATIONS} counts and
 * times the confirmations of unknown outcomes ({@link dev.acquire4j.ports.ConfirmationPolicy}), tagged
 * {@value #OPERATION} and {@value #OUTCOME} ({@code found}, {@code not_found}, {@code failed}).
 *
 * <p>There are deliberately no tags for case, contact or message ids, phone numbers, addresses or
 * text: each distinct tag value makes a new time series, so ids would grow the registry without
 * bound (cardinality), and metrics backends are no place for personal data (privacy). Correlate a
 * single operation through the {@code DEBUG} log line instead, which carries the ids.
 */
public final class AcquireMetrics {
    /** The timer of whole operations. */
    public static final String OPERATION_TIMER = "acquire.operation";
    /** The counter of attempts, one per HTTP request. */
    public static final String ATTEMPTS = "acquire.attempts";
    /** The counter of retries scheduled. */
    public static final String RETRIES = "acquire.retries";
    /** The timer of confirmations of unknown outcomes, one per read of a case back. */
    public static final String CONFIRMATIONS = "acquire.confirmations";
    /** Tag: the operation, by {@link dev.acquire4j.ports.Operation#tag()}. */
    public static final String OPERATION = "operation";
    /** Tag: how the operation or attempt ended. */
    public static final String OUTCOME = "outcome";
    /** Tag: the class of the HTTP status. */
    public static final String STATUS = "status";

    private AcquireMetrics() {}

    /**
     * {@return a listener that records every operation of a client in the registry; thread-safe}
     *
     * @param registry where the meters are registered
     * @throws NullPointerException if {@code registry} is {@code null}
     */
    public static OperationListener listener(MeterRegistry registry) {
        return new MicrometerOperationListener(Objects.requireNonNull(registry, "registry"));
    }
}
