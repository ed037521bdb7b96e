package dev.acquire4j.ports;

import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;

/**
 * Opens a new chat case for a contact and waits for Acquire's answer. Opening creates a case, so it
 * is retried like a send: only when the request certainly did not reach Acquire.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface CaseOpener {
    /**
     * Opens a chat case ({@code POST /api/v1/crm/messenger/chat/create?contactId=N}).
     *
     * @param contact the contact the case is with
     * @return the new case: its id and status, and its thread id and timeline id (which an SMS
     *     needs) where Acquire's answer names them, as the documented answer does
     * @throws NotSentException if no case was opened (for example {@link NotFoundException} for an unknown contact)
     * @throws OutcomeUnknownException if a case may or may not have been opened; list the contact's
     *     cases before opening again
     */
    SupportCase open(ContactId contact);
}
