package dev.acquire4j.protocol;

import dev.acquire4j.domain.CaseColumn;
import dev.acquire4j.domain.CaseCondition;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.CaseRelation;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.protocol.spi.Header;
import dev.acquire4j.protocol.spi.WireRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The requests of the case calls: get one case, list a contact's or a thread's cases, open a chat case.
 * Each names its own {@link Operation}. Thread-safe.
 */
final class CaseRequests {
    /**
     * Relations asked with a listed case: its contact and its timeline, whose id an SMS needs (both
     * listed in {@code cases__list.md}). Pipe-separated, as the docs write lists.
     */
    static final String CASE_RELATIONS = "contact|timeline";
    /** The one relation the get page ({@code cases__get.md}) documents; it lists no timeline. */
    static final String GET_RELATIONS = "contact";
    private static final byte[] NO_BODY = new byte[0];
    /** The create body is optional (cases__create.md); an empty object asks for nothing beyond the defaults. */
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    private final URI base;
    private final List<Header> getHeaders;
    private final List<Header> postHeaders;

    /**
     * @param base the base URI
     * @param postHeaders the headers of every POST; GETs send them without {@code Content-Type}, having no body
     */
    CaseRequests(URI base, List<Header> postHeaders) {
        this.base = base;
        this.postHeaders = List.copyOf(postHeaders);
        this.getHeaders = postHeaders.stream().filter(h -> !h.is("Content-Type")).toList();
    }

    WireRequest get(CaseId id) {
        URI uri = Endpoints.uri(base, Endpoints.CASE_PATH + "/" + id, "relations", GET_RELATIONS);
        return new WireRequest(Operation.GET_CASE, Endpoints.GET, uri, Endpoints.GET_CASE, getHeaders, NO_BODY);
    }

    /**
     * Lists by the documented {@code where} condition, {@code column|operator|value}. The docs type
     * {@code where} as an array but show no encoding; one condition travels as one plain
     * {@code where} parameter, URL-encoded ({@code |} as {@code %7C}).
     */
    WireRequest listOfContact(ContactId contact) {
        URI uri = Endpoints.uri(base, Endpoints.CASE_PATH, "where", "contactId|eq|" + contact,
                "relations", CASE_RELATIONS);
        return new WireRequest(Operation.LIST_CASES_OF_CONTACT, Endpoints.GET, uri, Endpoints.LIST_CASES, getHeaders, NO_BODY);
    }

    /**
     * Lists the one case with this id, with its stored messages:
     * {@code where=id|eq|N&relations=contact|messages|timeline}, all relations the list page documents.
     */
    WireRequest withMessages(CaseId id) {
        URI uri = Endpoints.uri(base, Endpoints.CASE_PATH, "where", "id|eq|" + id,
                "relations", "contact|messages|timeline");
        return new WireRequest(Operation.QUERY_CASES, Endpoints.GET, uri, Endpoints.LIST_CASES, getHeaders, NO_BODY);
    }

    /**
     * Lists cases by a query: one {@code where} parameter per condition ({@code column|op|value}),
     * {@code select} and {@code relations} pipe-separated, and {@code page} when it is not the first.
     */
    WireRequest query(CaseQuery query) {
        List<String> params = new ArrayList<>();
        for (CaseCondition c : query.where()) {
            params.add("where");
            params.add(c.wireForm());
        }
        if (!query.select().isEmpty()) {
            params.add("select");
            params.add(query.select().stream().map(CaseColumn::wireName).collect(Collectors.joining("|")));
        }
        if (!query.relations().isEmpty()) {
            params.add("relations");
            params.add(query.relations().stream().map(CaseRelation::wireName).collect(Collectors.joining("|")));
        }
        if (query.page() > 0) {
            params.add(Endpoints.PAGE_PARAM);
            params.add(Long.toString(query.page()));
        }
        URI uri = Endpoints.uri(base, Endpoints.CASE_PATH, params.toArray(new String[0]));
        return new WireRequest(Operation.QUERY_CASES, Endpoints.GET, uri, Endpoints.LIST_CASES, getHeaders, NO_BODY);
    }

    /** Lists a thread's cases by the two required query parameters of {@code cases__messages-1__list-messages.md}. */
    WireRequest listOfThread(ContactId contact, ThreadId thread) {
        URI uri = Endpoints.uri(base, Endpoints.THREAD_CASES_PATH, Endpoints.CONTACT_ID_PARAM, contact.toString(),
                Endpoints.THREAD_ID_PARAM, thread.toString());
        return new WireRequest(Operation.LIST_CASES_OF_THREAD, Endpoints.GET, uri, Endpoints.THREAD_CASES, getHeaders, NO_BODY);
    }

    WireRequest open(ContactId contact) {
        URI uri = Endpoints.uri(base, Endpoints.OPEN_CASE_PATH, Endpoints.CONTACT_ID_PARAM, contact.toString());
        return new WireRequest(Operation.OPEN_CASE, Endpoints.POST, uri, Endpoints.OPEN_CASE, postHeaders, EMPTY_OBJECT);
    }
}
