package dev.acquire4j.protocol;

import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.AuthenticationException;
import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.RateLimitedException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.ports.ServiceUnavailableException;
import java.time.Duration;

/** Failures of one attempt, as a transport would raise them, for the retry tests. */
final class Failed {
    private static final String ENDPOINT = "POST /api/v1/crm/messenger/chat/add-message";

    private Failed() {}

    static FailureDetails answered(int attempt, int status, Duration retryAfter) {
        return new FailureDetails(Operation.SEND_CHAT, ENDPOINT, attempt, status, null, null, null, retryAfter);
    }

    static FailureDetails unanswered(int attempt) {
        return FailureDetails.withoutAnswer(Operation.SEND_CHAT, ENDPOINT, attempt);
    }

    static SendFailedException refused(int attempt) {
        return new ConnectionFailedException("refused", unanswered(attempt), null);
    }

    static SendFailedException rateLimited(int attempt, Duration retryAfter) {
        return new RateLimitedException("429", answered(attempt, 429, retryAfter), null);
    }

    static SendFailedException unavailable(int attempt, Duration retryAfter) {
        return new ServiceUnavailableException("503", answered(attempt, 503, retryAfter), null);
    }

    static SendFailedException serverError(int attempt) {
        return new ServerErrorException("500", answered(attempt, 500, null), null);
    }

    static SendFailedException timeout(int attempt) {
        return new ResponseTimeoutException("timeout", unanswered(attempt), null);
    }

    static SendFailedException malformed(int attempt) {
        return new MalformedResponseException("garbage", answered(attempt, 200, null), null);
    }

    static SendFailedException unknown(int attempt) {
        return new OutcomeUnknownException("reset", unanswered(attempt), null);
    }

    static SendFailedException rejected(int attempt) {
        return new RequestRejectedException("400", answered(attempt, 400, null), null);
    }

    static SendFailedException unauthorized(int attempt) {
        return new AuthenticationException("401", answered(attempt, 401, null), null);
    }

    static SendFailedException notSent(int attempt) {
        return new NotSentException("closed", unanswered(attempt), null);
    }
}
