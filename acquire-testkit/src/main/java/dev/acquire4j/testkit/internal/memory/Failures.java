package dev.acquire4j.testkit.internal.memory;

import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.protocol.StatusFailures;
import dev.acquire4j.testkit.faults.FailureKind;
import dev.acquire4j.testkit.internal.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Builds the exceptions an HTTP adapter raises, for the in-memory client: the same types and
 * messages (through the protocol's one status table, {@link StatusFailures#forStatus(FailureDetails)}),
 * the same details (operation, endpoint, one attempt, status, code, error body), and never a key.
 */
public final class Failures {
    /** What the in-memory client pretends the server sent as {@code Retry-After}. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private Failures() {}

    /** {@return the exception for an answer with an error status to an operation} */
    public static SendFailedException forStatus(Operation operation, String endpoint, int status, String code, String reason) {
        return forStatus(operation, endpoint, status, code, reason, null);
    }

    /** {@return the exception for a refusal of the fake account} */
    public static SendFailedException forRefusal(Operation operation, String endpoint, Refusal r) {
        return forStatus(operation, endpoint, r.status(), r.code(), r.getMessage(), null);
    }

    /** {@return the exception a scripted failure kind stands for} */
    public static SendFailedException forKind(Operation operation, String endpoint, FailureKind kind) {
        return switch (kind) {
            case CONNECTION_FAILED -> new ConnectionFailedException(
                    "Could not connect to Acquire (scripted by the in-memory client)",
                    FailureDetails.withoutAnswer(operation, endpoint, 1), null);
            case TIMEOUT, TIMEOUT_AFTER_STORING -> new ResponseTimeoutException(
                    "No answer from Acquire in time (scripted by the in-memory client)",
                    FailureDetails.withoutAnswer(operation, endpoint, 1), null);
            case RESET, RESET_AFTER_STORING -> new OutcomeUnknownException(
                    "The connection was reset after the request was written (scripted by the in-memory client)",
                    FailureDetails.withoutAnswer(operation, endpoint, 1), null);
            case MALFORMED_RESPONSE -> new MalformedResponseException(
                    "Acquire answered 200 with a body that is not the documented answer (scripted)",
                    new FailureDetails(operation, endpoint, 1, 200, null, "<html>scripted</html>", null, null), null);
            case RATE_LIMITED, SERVICE_UNAVAILABLE -> forStatus(operation, endpoint, kind.status().orElseThrow(), null,
                    "scripted by the in-memory client", RETRY_AFTER);
            default -> forStatus(operation, endpoint, kind.status().orElseThrow(), kind.errorCode().orElse(null),
                    "scripted by the in-memory client");
        };
    }

    /** {@return the exception for an operation on a closed client} */
    public static NotSentException closed(Operation operation, String endpoint) {
        return new NotSentException("The client is closed; the " + operation.noun() + " was not sent.",
                FailureDetails.withoutAnswer(operation, endpoint, 0), null);
    }

    private static SendFailedException forStatus(Operation operation, String endpoint, int status, String code,
            String reason, Duration retryAfter) {
        String body = new String(Refusal.errorBody(code, reason), StandardCharsets.UTF_8);
        return StatusFailures.forStatus(new FailureDetails(operation, endpoint, 1, status, code, body, null, retryAfter));
    }
}
