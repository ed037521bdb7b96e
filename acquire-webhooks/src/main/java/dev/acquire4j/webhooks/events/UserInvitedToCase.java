package dev.acquire4j.webhooks.events;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Redaction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@value #NAME} event: an agent was invited to a case. Immutable and thread-safe.
 *
 * <p>Read from {@code data}: the case from {@code caseId} or {@code case.id}; the agent from
 * {@code userId} or {@code user.id}; the time from {@code date}, {@code dateCreated} or
 * {@code timestamp}.
 *
 * @param caseId the case, if the data names one
 * @param userId the Acquire user (agent) id, if the data names one
 * @param invitedAt when it happened, if the data carries a readable timestamp
 * @param dataJson the whole {@code data} value as compact JSON
 */
public record UserInvitedToCase(Optional<CaseId> caseId, OptionalLong userId, Optional<Instant> invitedAt, String dataJson)
        implements WebhookEvent {
    /** The event name: {@value}. */
    public static final String NAME = "user:case-invite";

    /**
     * Checks the components.
     *
     * @param caseId the case, if the data names one
     * @param userId the Acquire user (agent) id, if the data names one
     * @param invitedAt when it happened, if the data carries a readable timestamp
     * @param dataJson the whole {@code data} value as compact JSON
     * @throws NullPointerException if a component is {@code null} ({@code dataJson} may be)
     */
    public UserInvitedToCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(invitedAt, "invitedAt");
    }

    /** {@return {@value #NAME}} */
    @Override
    public String name() {
        return NAME;
    }

    /** {@return the ids and time; the data only as its length, as it may hold personal data} */
    @Override
    public String toString() {
        return "UserInvitedToCase[caseId=" + caseId + ", userId=" + userId + ", invitedAt=" + invitedAt
                + ", dataJson=" + Redaction.text(dataJson) + "]";
    }
}
