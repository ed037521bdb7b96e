package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseOpening;
import dev.acquire4j.domain.ClosedCase;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;

/**
 * Opens, closes and reopens cases and waits for Acquire's answer. None of the three is repeated
 * after an unknown outcome (each may have had its effect: a second open or reopen makes a second
 * case, and the docs do not say that closing a closed case is harmless); each is repeated only when
 * the request certainly did not reach Acquire. Implementations are thread-safe.
 */
public interface CaseLifecycle {
    /**
     * Opens a case ({@code POST /api/v1/crm/messenger/chat/create?contactId=N}) with what the
     * opening sets: title, channel, first message, agent.
     *
     * @param opening the contact and the options
     * @return the new case, with its thread and timeline ids where the answer names them
     * @throws NotSentException if no case was opened ({@link NotFoundException} for an unknown contact)
     * @throws OutcomeUnknownException if a case may or may not have been opened; list the contact's
     *     cases before opening again
     */
    SupportCase open(CaseOpening opening);

    /**
     * Closes a case ({@code POST /api/v1/crm/messenger/chat/close}, the case id in the body).
     *
     * @param closing the case and the options
     * @return what Acquire answered
     * @throws NotSentException if the case was certainly not closed ({@link NotFoundException} for an unknown case)
     * @throws OutcomeUnknownException if it may or may not have been closed; fetch the case to see its status
     */
    ClosedCase close(CaseClosing closing);

    /**
     * Closes a case with no option set.
     *
     * @param caseId the case
     * @return what Acquire answered
     * @throws NotSentException if the case was certainly not closed
     * @throws OutcomeUnknownException if it may or may not have been closed
     */
    default ClosedCase close(CaseId caseId) {
        return close(CaseClosing.of(caseId));
    }

    /**
     * Reopens a contact's closed thread ({@code POST /api/v1/crm/messenger/chat/create?contactId=N}
     * with {@code threadId} in the body). Acquire answers with an active case in that thread, whose
     * id differs from the closed case's: send later messages to the returned case.
     *
     * @param opening the contact and the options, as for {@link #open(CaseOpening)}
     * @param thread the thread of the closed case
     * @return the active case of the thread
     * @throws NotSentException if nothing was reopened ({@link NotFoundException} for an unknown contact or thread)
     * @throws OutcomeUnknownException if the thread may or may not have been reopened; list the
     *     thread's cases before reopening again
     */
    SupportCase reopen(CaseOpening opening, ThreadId thread);

    /**
     * Reopens a contact's closed thread with no option set.
     *
     * @param contact the contact that owns the thread
     * @param thread the thread of the closed case
     * @return the active case of the thread
     * @throws NotSentException if nothing was reopened
     * @throws OutcomeUnknownException if the thread may or may not have been reopened
     */
    default SupportCase reopen(ContactId contact, ThreadId thread) {
        return reopen(CaseOpening.of(contact), thread);
    }
}
