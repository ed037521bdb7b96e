package dev.acquire4j.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.ports.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's code samples, compiled and run so they cannot rot; keep them identical. */
class ReadmeExamplesTest {
    @Test
    void optingInToRetryUnknownOutcomes() {
        String key = "acq-readme-example-key";
        // README "What happens when things fail", with the key from a variable instead of the environment:
        ClientSettings settings = ClientSettings.builder()
                .account("acme")
                .apiKey(ApiKey.of(key))
                .retryPolicy(RetryPolicy.builder().retryOutcomeUnknown(true).build())
                .sendDeadline(Duration.ofSeconds(20))
                .build();
        assertTrue(settings.retryPolicy().retryOutcomeUnknown());
        assertEquals(Duration.ofSeconds(20), settings.sendDeadline());
        assertEquals(RetryPolicy.DEFAULT_MAX_ATTEMPTS, settings.retryPolicy().maxAttempts());
    }

    @Test
    void confirmingUnknownOutcomes() {
        ApiKey key = ApiKey.of("acq-readme-example-key");
        // tag::confirming-settings[]
        ClientSettings settings = ClientSettings.builder()
                .account("acme")
                .apiKey(key)
                .confirmationPolicy(ConfirmationPolicy.automatic())   // grace period 2 s, clock skew 5 s
                .build();
        // end::confirming-settings[]
        assertTrue(settings.confirmationPolicy().isAutomatic());
        assertEquals(ConfirmationPolicy.DEFAULT_GRACE_PERIOD, settings.confirmationPolicy().gracePeriod());
        assertEquals(ConfirmationPolicy.DEFAULT_CLOCK_SKEW, settings.confirmationPolicy().clockSkew());
    }
}
