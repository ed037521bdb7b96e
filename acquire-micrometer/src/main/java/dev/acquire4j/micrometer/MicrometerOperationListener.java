package dev.acquire4j.micrometer;

import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.OperationInfo;
import dev.acquire4j.ports.ConfirmationOutcome;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.OperationListener;
import dev.acquire4j.ports.OperationOutcome;
import dev.acquire4j.ports.SendFailedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/** Turns operation events into the meters of {@link AcquireMetrics}; only low-cardinality tags. Thread-safe. */
final class MicrometerOperationListener implements OperationListener {
    private final MeterRegistry registry;

    MicrometerOperationListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void attemptEnded(AttemptInfo attempt, OperationOutcome outcome, Duration duration) {
        Counter.builder(AcquireMetrics.ATTEMPTS)
                .description("HTTP requests made to Acquire")
                .tag(AcquireMetrics.OPERATION, attempt.operation().tag())
                .tag(AcquireMetrics.OUTCOME, outcome(outcome))
                .tag(AcquireMetrics.STATUS, statusClass(outcome, attempt.status()))
                .register(registry)
                .increment();
    }

    @Override
    public void retryScheduled(AttemptInfo failed, Duration delay, SendFailedException cause) {
        Counter.builder(AcquireMetrics.RETRIES)
                .description("Attempts retried after a failure")
                .tag(AcquireMetrics.OPERATION, failed.operation().tag())
                .tag(AcquireMetrics.STATUS, statusClass(OperationOutcome.of(cause), failed.status()))
                .register(registry)
                .increment();
    }

    @Override
    public void operationFinished(OperationInfo operation, OperationOutcome outcome, Duration totalTime, int attempts) {
        Timer.builder(AcquireMetrics.OPERATION_TIMER)
                .description("Operations on Acquire (sends, lookups, case openings), every attempt and wait included")
                .tag(AcquireMetrics.OPERATION, operation.operation().tag())
                .tag(AcquireMetrics.OUTCOME, outcome(outcome))
                .tag(AcquireMetrics.STATUS, statusClass(outcome, operation.status()))
                .register(registry)
                .record(totalTime);
    }

    @Override
    public void confirmationFinished(Operation operation, ConfirmationOutcome outcome, Duration duration) {
        Timer.builder(AcquireMetrics.CONFIRMATIONS)
                .description("Confirmations of unknown outcomes by reading the case back")
                .tag(AcquireMetrics.OPERATION, operation.tag())
                .tag(AcquireMetrics.OUTCOME, outcome.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .record(duration);
    }

    private static String outcome(OperationOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    /** {@return {@code 2xx} for a success (its answer was a 2xx), else the status's class, or {@code none}} */
    static String statusClass(OperationOutcome outcome, int status) {
        if (outcome == OperationOutcome.SUCCEEDED) {
            return "2xx";
        }
        return status >= 100 && status <= 599 ? (status / 100) + "xx" : "none";
    }
}
