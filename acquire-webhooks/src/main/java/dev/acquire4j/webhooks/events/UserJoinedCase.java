package dev.acquire4j.webhooks.events;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Redaction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@value #NAME} event: an agent joined a case. Immutable and thread-safe.
 *
 * <p>Read from {@code data}: the case from {@code caseId} or {@code case.id}; the agent from
 * {@code userId} or {@code user.id}; the time from {@code date}, {@code dateCreated} or
 * {@code timestamp}.
 *
 * @param caseId the case, if the data names one
 * @param userId the Acquire user (agent) id, if the data names one
 * @param joinedAt when it happened, if the data carries a readable timestamp
 * @param dataJson the whole {@code data} value as compact JSON
 */
public record UserJoinedCase(Optional<CaseId> caseId, OptionalLong userId, Optional<Instant> joinedAt, String dataJson)
        implements WebhookEvent {
    /** The event name: {@value}. */
    public static final String NAME = "user:case-joined";

    /**
     * Checks the components.
     *
     * @param caseId the case, if the data names one
     * @param userId the Acquire user (agent) id, if the data names one
     * @param joinedAt when it happened, if the data carries a readable timestamp
     * @param dataJson the whole {@code data} value as compact JSON
     * @throws NullPointerException if a component is {@code null} ({@code dataJson} may be)
     */
    public UserJoinedCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }

    /** {@return {@value #NAME}} */
    @Override
    public String name() {
        return NAME;
    }

    /** {@return the ids and time; the data only as its length, as it may hold personal data} */
    @Override
    public String toString() {
        return "UserJoinedCase[caseId=" + caseId + ", userId=" + userId + ", joinedAt=" + joinedAt
                + ", dataJson=" + Redaction.text(dataJson) + "]";
    }
}
