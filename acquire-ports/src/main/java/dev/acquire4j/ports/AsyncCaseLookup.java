package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Looks up support cases without blocking the caller; the twin of {@link CaseLookup}. A stage fails
 * with the acquire4j exception itself, never a {@code CompletionException} around it, and the
 * methods do not throw for failures of the request. Implementations are thread-safe.
 */
public interface AsyncCaseLookup {
    /**
     * Starts fetching one case, as {@link CaseLookup#get(CaseId)} does.
     *
     * @param id the case id
     * @return a stage that completes with the case, or with a {@link NotFoundException} or another
     *     {@link SendFailedException}
     */
    CompletionStage<SupportCase> get(CaseId id);

    /**
     * Starts listing the cases of a contact, as {@link CaseLookup#casesOfContact(ContactId)} does.
     *
     * @param contact the contact
     * @return a stage that completes with the cases, or with a {@link SendFailedException}
     */
    CompletionStage<List<SupportCase>> casesOfContact(ContactId contact);

    /**
     * Starts listing the cases of one of a contact's threads, as
     * {@link CaseLookup#casesOfThread(ContactId, ThreadId)} does.
     *
     * @param contact the contact that owns the thread
     * @param thread the thread
     * @return a stage that completes with the cases, or with a {@link SendFailedException}
     */
    CompletionStage<List<SupportCase>> casesOfThread(ContactId contact, ThreadId thread);

    /**
     * Starts reading a case with its stored messages, as {@link CaseLookup#withMessages(CaseId)} does.
     *
     * @param id the case id
     * @return a stage that completes with the case and its messages (empty when the list names no
     *     such case), or with a {@link SendFailedException}
     */
    CompletionStage<Optional<ListedCase>> withMessages(CaseId id);

    /**
     * Starts fetching one page of a case list query, as {@link CaseLookup#list(CaseQuery)} does.
     *
     * @param query the query
     * @return a stage that completes with the page, or with a {@link SendFailedException}
     */
    CompletionStage<CasePage> list(CaseQuery query);

    /**
     * Starts fetching every page of a case list query, as {@link CaseLookup#listAll(CaseQuery)} does,
     * one page after the other.
     *
     * @param query the query; its page is the first fetched
     * @return a stage that completes with every matching case, or with a {@link SendFailedException}
     *     or a {@link PagingException}
     */
    CompletionStage<List<ListedCase>> listAll(CaseQuery query);
}
