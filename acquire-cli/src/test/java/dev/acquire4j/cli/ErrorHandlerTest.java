package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acquire4j.ports.Operation;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.ports.AuthenticationException;
import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.RateLimitedException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.ServiceUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The exit code of each kind of failure, including those the fake server cannot produce on demand. */
class ErrorHandlerTest {
    private static final FailureDetails NO_ANSWER = FailureDetails.withoutAnswer(Operation.SEND_SMS, "POST /api/v1/voip/send-sms", 1);

    private static FailureDetails answered(int status, String code) {
        return new FailureDetails(Operation.SEND_SMS, "POST /api/v1/voip/send-sms", 1, status, code, null, null, Duration.ofSeconds(30));
    }

    @Test
    void mapsEachFailureToWhatTheCallerMayAssume() {
        assertEquals(ExitCodes.INVALID, ErrorHandler.exitCode(ValidationException.of("x", "to", "is required", "")));
        assertEquals(ExitCodes.INVALID, ErrorHandler.exitCode(new UsageException("no key")));
        assertEquals(ExitCodes.REFUSED, ErrorHandler.exitCode(new AuthenticationException("401", answered(401, "ERROR_UNAUTHORIZED"), null)));
        assertEquals(ExitCodes.REFUSED, ErrorHandler.exitCode(new RateLimitedException("429", answered(429, null), null)));
        assertEquals(ExitCodes.OUTCOME_UNKNOWN, ErrorHandler.exitCode(new ResponseTimeoutException("timeout", NO_ANSWER, null)));
        assertEquals(ExitCodes.OUTCOME_UNKNOWN, ErrorHandler.exitCode(new MalformedResponseException("200", answered(200, null), null)));
        assertEquals(ExitCodes.UNREACHABLE, ErrorHandler.exitCode(new ServiceUnavailableException("503", answered(503, null), null)));
        assertEquals(ExitCodes.UNREACHABLE, ErrorHandler.exitCode(new ConnectionFailedException("refused", NO_ANSWER, null)));
        assertEquals(ExitCodes.UNREACHABLE, ErrorHandler.exitCode(new NotSentException("client closed", NO_ANSWER, null)));
        assertEquals(ExitCodes.INTERNAL_ERROR, ErrorHandler.exitCode(new IllegalStateException("bug")));
    }

    @Test
    void maintenanceSaysNotSentAndToTryLater() {
        String message = FailureMessages.describe(new ServiceUnavailableException(
                "Acquire is unavailable for maintenance (HTTP 503); the SMS was not sent.", answered(503, null), null));
        assertEquals("Acquire is unavailable for maintenance (HTTP 503); the SMS was not sent. Try again later.", message);
    }
}
