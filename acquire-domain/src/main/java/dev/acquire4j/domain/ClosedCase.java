package dev.acquire4j.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What Acquire answered to a close: the case, its contact where named, and the two flags of the
 * answer. Immutable and thread-safe.
 *
 * @param caseId the case that was closed
 * @param contactId the case's contact, where the answer names it
 * @param foreverClosed whether Acquire reports the case closed for good ({@code foreverClosed}); {@code false} when not named
 * @param leftUser whether Acquire reports that the agent left the case ({@code leftUser}); {@code false} when not named
 */
public record ClosedCase(CaseId caseId, Optional<ContactId> contactId, boolean foreverClosed, boolean leftUser) {
    /**
     * Checks the components.
     *
     * @param caseId the case that was closed
     * @param contactId the case's contact, where the answer names it
     * @param foreverClosed whether the case is closed for good
     * @param leftUser whether the agent left the case
     * @throws NullPointerException if {@code caseId} or {@code contactId} is {@code null}
     */
    public ClosedCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(contactId, "contactId");
    }
}
