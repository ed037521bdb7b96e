package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import java.util.List;
import java.util.Optional;

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

    /**
     * Reads a case with its stored messages, through the case list
     * ({@code GET /api/v1/crm/objects/case?where=id|eq|N&relations=contact|messages|timeline}).
     *
     * <p>Each message comes as Acquire stored it (see {@link CaseMessage}). An answer that does not
     * carry the case's messages, or lists one it cannot read, fails with a
     * {@link MalformedResponseException} rather than passing for a case without messages.
     *
     * @param id the case id
     * @return the case and its messages, or empty when the list names no case with this id
     * @throws SendFailedException if the request failed
     */
    Optional<ListedCase> withMessages(CaseId id);

    /**
     * Fetches one page of a case list query ({@code GET /api/v1/crm/objects/case} with the query's
     * {@code where}, {@code select}, {@code relations} and {@code page}).
     *
     * <p>The page keeps Acquire's page data: {@link CasePage#count()} is how many cases match in
     * all, and {@link CasePage#partial()} says when this page holds fewer.
     *
     * @param query the query, checked when it was built
     * @return the page as Acquire answered it
     * @throws SendFailedException if the request failed; a {@link MalformedResponseException} if the
     *     answer lacks its page data, a case id, or the messages the query asked for
     */
    CasePage list(CaseQuery query);

    /**
     * Fetches every page of a case list query, from the query's page on, and returns every case.
     *
     * <p>Guarded so that it always ends and never skips silently: each answer must be the page asked
     * for, bring only cases not read yet, and not be empty before the first answer's {@code count} is
     * reached; at most as many pages are fetched as that count and the first page's size allow. A
     * server that ignores the page parameter, repeats a page or sends an empty one ends it with a
     * {@link PagingException}.
     *
     * @param query the query; its page is the first fetched
     * @return every matching case, in page order
     * @throws SendFailedException if a request failed
     * @throws PagingException if the pages did not advance as asked
     */
    List<ListedCase> listAll(CaseQuery query);
}
