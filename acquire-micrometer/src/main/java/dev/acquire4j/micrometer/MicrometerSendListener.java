package dev.acquire4j.micrometer;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.SendInfo;
import dev.acquire4j.ports.SendListener;
import dev.acquire4j.ports.SendOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/** Turns send events into the meters of {@link AcquireMetrics}; only low-cardinality tags. Thread-safe. */
final class MicrometerSendListener implements SendListener {
    private final MeterRegistry registry;

    MicrometerSendListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void attemptEnded(AttemptInfo attempt, SendOutcome outcome, Duration duration) {
        Counter.builder(AcquireMetrics.ATTEMPTS)
                .description("HTTP requests made to send messages to Acquire")
                .tag(AcquireMetrics.CHANNEL, channel(attempt.channel()))
                .tag(AcquireMetrics.OUTCOME, outcome(outcome))
                .tag(AcquireMetrics.STATUS, statusClass(outcome, attempt.status()))
                .register(registry)
                .increment();
    }

    @Override
    public void retryScheduled(AttemptInfo failed, Duration delay, SendFailedException cause) {
        Counter.builder(AcquireMetrics.RETRIES)
                .description("Attempts retried after a failure that certainly did not store the message")
                .tag(AcquireMetrics.CHANNEL, channel(failed.channel()))
                .tag(AcquireMetrics.STATUS, statusClass(SendOutcome.of(cause), failed.status()))
                .register(registry)
                .increment();
    }

    @Override
    public void sendFinished(SendInfo send, SendOutcome outcome, Duration totalTime, int attempts) {
        Timer.builder(AcquireMetrics.SEND)
                .description("Sends of messages to Acquire, every attempt and wait included")
                .tag(AcquireMetrics.CHANNEL, channel(send.channel()))
                .tag(AcquireMetrics.OUTCOME, outcome(outcome))
                .tag(AcquireMetrics.STATUS, statusClass(outcome, send.status()))
                .register(registry)
                .record(totalTime);
    }

    private static String channel(Channel channel) {
        return channel.wireName();
    }

    private static String outcome(SendOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    /** {@return {@code 2xx} for a stored message (its answer was a 2xx), else the status's class, or {@code none}} */
    static String statusClass(SendOutcome outcome, int status) {
        if (outcome == SendOutcome.SENT) {
            return "2xx";
        }
        return status >= 100 && status <= 599 ? (status / 100) + "xx" : "none";
    }
}
