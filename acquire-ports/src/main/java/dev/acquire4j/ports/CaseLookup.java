package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import java.util.List;

/**
 * Looks up support cases and waits for Acquire's answer: the ids an SMS needs (thread, timeline) and
 * the status a send depends on. Lookups change nothing on the server, so a failed one is safe to
 * repeat; acquire4j retries them, under the client's retry policy and send deadline, even when the
 * outcome of an attempt is unknown. Implementations are thread-safe.
 */
public interface CaseLookup {
    /**
     * Fetches one case ({@code GET /api/v1/crm/objects/case/{id}}).
     *
     * @param id the case id
     * @return the case with its status, and its channel, contact, thread and timeline where Acquire names them
     * @throws NotFoundException if Acquire knows no such case (HTTP 404)
     * @throws SendFailedException for any other failure of the request
     */
    SupportCase get(CaseId id);

    /**
     * Lists the cases of a contact ({@code GET /api/v1/crm/objects/case?where=contactId|eq|N}).
     *
     * <p>The documented list answer names no status: a case listed without one comes back with an
     * unknown (empty) status, which the domain treats as not active. Call {@link #get(CaseId)} for
     * a case's current status before addressing it with a builder's {@code forCase(...)}.
     *
     * @param contact the contact
     * @return the cases as Acquire lists them (its first page), possibly empty
     * @throws SendFailedException if the request failed
     */
    List<SupportCase> casesOfContact(ContactId contact);

    /**
     * Lists the cases of one of a contact's threads
     * ({@code GET /api/v1/crm/messenger/chat/messages?contactId=N&threadId=N}).
     *
     * <p>Acquire answers with the thread's cases, each with its status, channel, contact and thread;
     * the answer names no timeline. Only cases the contact owns are listed.
     *
     * @param contact the contact that owns the thread
     * @param thread the thread
     * @return the thread's cases as Acquire lists them, possibly empty
     * @throws SendFailedException if the request failed
     */
    List<SupportCase> casesOfThread(ContactId contact, ThreadId thread);
}
