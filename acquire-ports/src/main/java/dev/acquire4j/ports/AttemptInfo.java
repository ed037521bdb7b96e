package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One attempt (one HTTP request) of a send, as a {@link SendListener} sees it. Immutable; holds
 * no personal data and never the API key.
 *
 * @param channel the channel of the message
 * @param endpoint the method and path, e.g. {@code POST /api/v1/mail/add-message}; no query string
 * @param caseId the case the message is added to
 * @param attempt the number of this attempt, from 1
 * @param status the HTTP status of the answer, or -1 when none is known: before the answer, when no
 *     answer came, and for a successful attempt (whose answer was a 2xx)
 */
public record AttemptInfo(Channel channel, String endpoint, CaseId caseId, int attempt, int status) {
    /**
     * Checks the components.
     *
     * @param channel the channel of the message
     * @param endpoint the method and path
     * @param caseId the case the message is added to
     * @param attempt the number of this attempt, from 1
     * @param status the HTTP status of the answer, or -1
     * @throws NullPointerException if {@code channel}, {@code endpoint} or {@code caseId} is {@code null}
     * @throws IllegalArgumentException if {@code attempt} is less than 1
     */
    public AttemptInfo {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(caseId, "caseId");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1: " + attempt);
        }
    }

    /** {@return the HTTP status of the answer, if one is known} */
    public OptionalInt httpStatus() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /**
     * {@return a copy with the status of the answer}
     *
     * @param answerStatus the HTTP status, or -1
     */
    public AttemptInfo withStatus(int answerStatus) {
        return new AttemptInfo(channel, endpoint, caseId, attempt, answerStatus);
    }
}
