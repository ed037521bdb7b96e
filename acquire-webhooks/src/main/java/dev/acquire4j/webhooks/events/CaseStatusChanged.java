package dev.acquire4j.webhooks.events;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.Redaction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@value #NAME} event: a case changed status. Immutable and thread-safe.
 *
 * <p>Read from {@code data} as a case object (the shape of the REST API's case): the case id from
 * {@code caseId}, {@code id} or {@code case.id}; the status from {@code status} or {@code case.status};
 * the contact from {@code contactId}, {@code contact.id} or {@code case.contact.id}; the channel from
 * {@code channel} or {@code case.channel}; the time from {@code dateUpdated}, {@code date} or
 * {@code timestamp}.
 *
 * @param caseId the case, if the data names one
 * @param contactId the case's contact, if the data names one
 * @param status the new status; {@link CaseStatus.Kind#UNKNOWN} with an empty raw text if absent
 * @param channel the case's channel, if it is one acquire4j sends on
 * @param changedAt when the status changed, if the data carries a readable timestamp
 * @param dataJson the whole {@code data} value as compact JSON
 */
public record CaseStatusChanged(Optional<CaseId> caseId, Optional<ContactId> contactId, CaseStatus status,
        Optional<Channel> channel, Optional<Instant> changedAt, String dataJson) implements WebhookEvent {
    /** The event name: {@value}. */
    public static final String NAME = "case:status";

    /**
     * Checks the components.
     *
     * @param caseId the case, if the data names one
     * @param contactId the case's contact, if the data names one
     * @param status the new status; {@link CaseStatus.Kind#UNKNOWN} with an empty raw text if absent
     * @param channel the case's channel, if it is one acquire4j sends on
     * @param changedAt when the status changed, if the data carries a readable timestamp
     * @param dataJson the whole {@code data} value as compact JSON
     * @throws NullPointerException if a component is {@code null} ({@code dataJson} may be)
     */
    public CaseStatusChanged {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** {@return {@value #NAME}} */
    @Override
    public String name() {
        return NAME;
    }

    /** {@return the ids, status and time; the data only as its length, as it may hold personal data} */
    @Override
    public String toString() {
        return "CaseStatusChanged[caseId=" + caseId + ", contactId=" + contactId + ", status=" + status
                + ", channel=" + channel + ", changedAt=" + changedAt + ", dataJson=" + Redaction.text(dataJson) + "]";
    }
}
