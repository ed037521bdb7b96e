package dev.acquire4j.testkit.internal.memory;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.CaseRelation;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.CaseLookup;
import dev.acquire4j.ports.CaseOpener;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.protocol.CasePaging;
import dev.acquire4j.testkit.records.StoredMessage;
import dev.acquire4j.testkit.internal.CaseListing;
import dev.acquire4j.testkit.internal.CaseMessages;
import dev.acquire4j.testkit.internal.Keys;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The case lookups and the case opener of the in-memory client, with the fake server's rules: the
 * key is checked, an unknown case or contact is a 404 {@code ERROR_RECORD_NOT_FOUND}, and failures
 * are the exceptions an HTTP adapter raises (reported on the chat channel with the endpoint
 * templates the adapters use). Scripted send failures do not apply to them. Thread-safe.
 */
public final class MemoryCases implements CaseLookup, CaseOpener {
    /** The endpoints as the adapters name them in errors. */
    static final String GET_CASE = "GET /api/v1/crm/objects/case/{id}";
    static final String LIST_CASES = "GET /api/v1/crm/objects/case";
    static final String OPEN_CASE = "POST /api/v1/crm/messenger/chat/create";
    static final String THREAD_CASES = "GET /api/v1/crm/messenger/chat/messages";

    private final Ledger ledger;
    private final MemoryCalls calls;

    /**
     * Creates the ports of one in-memory client.
     *
     * @param ledger the account's books
     * @param keys the account's keys
     * @param key the key the client presents
     * @param closed tells whether the client is closed
     */
    public MemoryCases(Ledger ledger, Keys keys, ApiKey key, BooleanSupplier closed) {
        this.ledger = ledger;
        this.calls = new MemoryCalls(keys, key, closed);
    }

    @Override
    public SupportCase get(CaseId id) {
        Objects.requireNonNull(id, "id");
        return calls.call(Operation.GET_CASE, GET_CASE, () -> asGetAnswers(ledger.findCase(id)
                .orElseThrow(() -> Refusal.notFound("case " + id + " not found"))));
    }

    /** The case as the documented get answer carries it: the get page documents no timeline relation. */
    static SupportCase asGetAnswers(SupportCase c) {
        return SupportCase.builder().id(c.id()).status(c.status()).channel(c.channel()).contactId(c.contactId())
                .threadId(c.threadId()).build();
    }

    @Override
    public List<SupportCase> casesOfContact(ContactId contact) {
        Objects.requireNonNull(contact, "contact");
        return calls.call(Operation.LIST_CASES_OF_CONTACT, LIST_CASES, () -> ledger.cases().stream()
                .filter(c -> c.contactId().filter(contact::equals).isPresent())
                .collect(Collectors.toUnmodifiableList()));
    }

    /** Lists the thread's cases that the contact owns, as the fake server does. */
    @Override
    public List<SupportCase> casesOfThread(ContactId contact, ThreadId thread) {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(thread, "thread");
        return calls.call(Operation.LIST_CASES_OF_THREAD, THREAD_CASES, () -> ledger.cases().stream()
                .filter(c -> c.threadId().filter(thread::equals).isPresent())
                .filter(c -> c.contactId().filter(contact::equals).isPresent())
                .collect(Collectors.toUnmodifiableList()));
    }

    /** Reads a case with its stored messages, as the fake server's case list does with {@code relations=messages}. */
    @Override
    public Optional<ListedCase> withMessages(CaseId id) {
        Objects.requireNonNull(id, "id");
        return calls.call(Operation.QUERY_CASES, LIST_CASES, () -> ledger.findCase(id)
                .map(c -> CaseMessages.listed(c, ledger.messages())));
    }

    /** Answers one page of a query as the fake server does: the same conditions, page size and paging faults. */
    @Override
    public CasePage list(CaseQuery query) {
        Objects.requireNonNull(query, "query");
        return calls.call(Operation.QUERY_CASES, LIST_CASES, () -> {
            CaseListing.Slice slice = CaseListing.page(CaseListing.matching(ledger.cases(), query.where()), query.page(),
                    ledger.casePageSize(), ledger.pagingFault());
            List<StoredMessage> messages = ledger.messages();
            CasePage.Builder page = CasePage.builder().page(slice.page()).offset(slice.offset()).limit(slice.limit())
                    .count(slice.count());
            for (SupportCase c : slice.cases()) {
                page.addCases(query.relations().contains(CaseRelation.MESSAGES) ? CaseMessages.listed(c, messages)
                        : ListedCase.builder().supportCase(c).build());
            }
            return page.build();
        });
    }

    /** Walks the pages with the same guard as the client core, so that a broken paging fails the same way. */
    @Override
    public List<ListedCase> listAll(CaseQuery query) {
        CasePaging paging = new CasePaging(Objects.requireNonNull(query, "query"));
        Optional<CaseQuery> next = Optional.of(paging.first());
        while (next.isPresent()) {
            next = paging.next(list(next.get()));
        }
        return paging.cases();
    }

    @Override
    public SupportCase open(ContactId contact) {
        Objects.requireNonNull(contact, "contact");
        return calls.call(Operation.OPEN_CASE, OPEN_CASE, () -> {
            ledger.findContact(contact).orElseThrow(() -> Refusal.notFound("contact " + contact + " not found"));
            return ledger.openCase(contact, Channel.CHAT);
        });
    }
}
