package dev.acquire4j.testkit.internal.memory;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.ports.AuthenticationException;
import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.PermissionDeniedException;
import dev.acquire4j.ports.RateLimitedException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.ports.ServiceUnavailableException;
import dev.acquire4j.testkit.FailureKind;
import dev.acquire4j.testkit.internal.Endpoints;
import dev.acquire4j.testkit.internal.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Builds the exceptions an HTTP adapter raises, for the in-memory client: the same types, the same
 * details (endpoint, one attempt, status, code, error body), and never a key.
 */
public final class Failures {
    /** What the in-memory client pretends the server sent as {@code Retry-After}. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private Failures() {}

    /** {@return the exception for an answer with an error status} */
    public static SendFailedException forStatus(Channel channel, int status, String code, String reason) {
        return forStatus(channel, status, code, reason, null);
    }

    /** {@return the exception for a refusal of the fake account} */
    public static SendFailedException forRefusal(Channel channel, Refusal r) {
        return forStatus(channel, r.status(), r.code(), r.getMessage());
    }

    /** {@return the exception for a refusal of a request to another endpoint than a channel's send} */
    public static SendFailedException forRefusal(Channel channel, String endpoint, Refusal r) {
        return forStatus(channel, endpoint, r.status(), r.code(), r.getMessage(), null);
    }

    /** {@return the exception a scripted failure kind stands for} */
    public static SendFailedException forKind(Channel channel, FailureKind kind) {
        String endpoint = Endpoints.endpoint(channel);
        switch (kind) {
            case CONNECTION_FAILED:
                return new ConnectionFailedException("Could not connect to Acquire (scripted by the in-memory client)",
                        FailureDetails.withoutAnswer(channel, endpoint, 1), null);
            case TIMEOUT:
                return new ResponseTimeoutException("No answer from Acquire in time (scripted by the in-memory client)",
                        FailureDetails.withoutAnswer(channel, endpoint, 1), null);
            case MALFORMED_RESPONSE:
                return new MalformedResponseException(
                        "Acquire answered 200 with a body that is not the documented answer (scripted)",
                        new FailureDetails(channel, endpoint, 1, 200, null, "<html>scripted</html>", null, null), null);
            case RATE_LIMITED:
            case SERVICE_UNAVAILABLE:
                return forStatus(channel, kind.status().orElseThrow(), null, "scripted by the in-memory client",
                        RETRY_AFTER);
            default:
                return forStatus(channel, kind.status().orElseThrow(), kind.errorCode().orElse(null),
                        "scripted by the in-memory client");
        }
    }

    /** {@return the exception for a send on a closed client} */
    public static NotSentException closed(Channel channel) {
        return new NotSentException("The client is closed; nothing was sent",
                FailureDetails.withoutAnswer(channel, Endpoints.endpoint(channel), 0), null);
    }

    private static SendFailedException forStatus(Channel channel, int status, String code, String reason,
            Duration retryAfter) {
        return forStatus(channel, Endpoints.endpoint(channel), status, code, reason, retryAfter);
    }

    private static SendFailedException forStatus(Channel channel, String endpoint, int status, String code,
            String reason, Duration retryAfter) {
        String body = new String(Refusal.errorBody(code, reason), StandardCharsets.UTF_8);
        FailureDetails d = new FailureDetails(channel, endpoint, 1, status, code, body, null, retryAfter);
        String summary = "Acquire answered " + status + " to the " + channel.wireName() + " message: " + reason;
        if (status == 401) {
            return new AuthenticationException(summary, d, null);
        } else if (status == 403) {
            return new PermissionDeniedException(summary, d, null);
        } else if (status == 404) {
            return new NotFoundException(summary, d, null);
        } else if (status == 429) {
            return new RateLimitedException(summary, d, null);
        } else if (status >= 400 && status < 500) {
            return new RequestRejectedException(summary, d, null);
        } else if (status == 503 && retryAfter != null) {
            return new ServiceUnavailableException(summary, d, null);
        }
        return new ServerErrorException(summary, d, null);
    }
}
