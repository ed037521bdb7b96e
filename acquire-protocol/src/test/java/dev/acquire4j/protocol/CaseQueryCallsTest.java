package dev.acquire4j.protocol;

import static dev.acquire4j.protocol.Fixtures.NO_HEADERS;
import static dev.acquire4j.protocol.Fixtures.resource;
import static dev.acquire4j.protocol.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseColumn;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.CaseRelation;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.PagingException;
import dev.acquire4j.protocol.spi.WireRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Case list queries: the request, the docs' answer with its page data, and the page walk's guard. */
class CaseQueryCallsTest {
    private final AcquireProtocol protocol = Fixtures.protocol();

    @Test
    void aQueryIsOneWhereParameterPerConditionWithSelectRelationsAndPage() {
        CaseQuery q = CaseQuery.builder().whereEquals(CaseColumn.CONTACT_ID, "5").whereEquals(CaseColumn.STATUS, "active")
                .select(CaseColumn.ID, CaseColumn.STATUS).relations(CaseRelation.TIMELINE, CaseRelation.CONTACT).build();
        WireRequest first = protocol.listCases(q).request();
        assertEquals("http://127.0.0.1:8080/acquire/api/v1/crm/objects/case?where=contactId%7Ceq%7C5"
                + "&where=status%7Ceq%7Cactive&select=id%7Cstatus&relations=contact%7Ctimeline", first.uri().toString());
        assertEquals("GET /api/v1/crm/objects/case", first.endpoint());
        assertEquals(0, first.body().length);
        assertTrue(protocol.listCases(q).operation().idempotent());
        assertTrue(protocol.listCases(q.atPage(3)).request().uri().toString().endsWith("&page=3"));
        assertEquals("http://127.0.0.1:8080/acquire/api/v1/crm/objects/case",
                protocol.listCases(CaseQuery.builder().build()).request().uri().toString(), "the first page names none");
    }

    @Test
    void theDocsListAnswerKeepsItsPageDataAndSaysItIsPartial() {
        CasePage page = protocol.read(protocol.listCases(CaseQuery.builder().build()), 200, NO_HEADERS,
                resource("case-list-answer.json"), 1);
        assertEquals(0, page.page());
        assertEquals(0, page.offset());
        assertEquals(2, page.limit());
        assertEquals(72, page.count());
        assertEquals(2, page.cases().size());
        assertTrue(page.partial(), "2 of 72 cases");
        assertFalse(page.cases().get(0).messagesRead());
        assertEquals(CaseStatus.Kind.UNKNOWN, page.cases().get(0).supportCase().status().kind());
        assertEquals(Optional.of(ContactId.of(1)), page.cases().get(0).supportCase().contactId());
    }

    @Test
    void aWalkThatIsHonouredReadsEveryCaseOnceAndStops() {
        CasePaging walk = new CasePaging(CaseQuery.builder().build());
        assertEquals(1, walk.next(page(0, 5, 1, 2)).orElseThrow().page());
        assertEquals(2, walk.next(page(1, 5, 3, 4)).orElseThrow().page());
        assertEquals(Optional.empty(), walk.next(page(2, 5, 5)));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(walk.cases()));
        CasePaging single = new CasePaging(CaseQuery.builder().build());
        assertEquals(Optional.empty(), single.next(page(0, 0)), "no case: one page");
    }

    @Test
    void aServerThatIgnoresThePageEndsTheWalkWithAnError() {
        CasePaging walk = new CasePaging(CaseQuery.builder().build());
        walk.next(page(0, 5, 1, 2));
        PagingException e = assertThrows(PagingException.class, () -> walk.next(page(0, 5, 1, 2)));
        assertEquals(1, e.requestedPage());
        assertEquals(0, e.answeredPage());
        assertEquals(2, e.casesRead());
        assertEquals(5, e.count());
        assertTrue(e.getMessage().contains("page parameter"), e.getMessage());
    }

    @Test
    void aRepeatedOrEmptyPageEndsTheWalkWithAnError() {
        CasePaging repeated = new CasePaging(CaseQuery.builder().build());
        repeated.next(page(0, 5, 1, 2));
        PagingException r = assertThrows(PagingException.class, () -> repeated.next(page(1, 5, 1, 2)));
        assertTrue(r.getMessage().contains("repeats case 1"), r.getMessage());
        CasePaging empty = new CasePaging(CaseQuery.builder().build());
        empty.next(page(0, 5, 1, 2));
        PagingException x = assertThrows(PagingException.class, () -> empty.next(page(1, 5)));
        assertTrue(x.getMessage().contains("empty page"), x.getMessage());
    }

    @Test
    void aWalkNeverGoesPastThePagesTheFirstCountAllows() {
        // Count 6 on pages of 2 allows 3 pages; a server whose later pages hold one case each runs short.
        CasePaging walk = new CasePaging(CaseQuery.builder().build());
        assertTrue(walk.next(page(0, 6, 1, 2)).isPresent());
        assertTrue(walk.next(page(1, 6, 3)).isPresent());
        PagingException e = assertThrows(PagingException.class, () -> walk.next(page(2, 6, 4)));
        assertEquals(4, e.casesRead());
        assertTrue(e.getMessage().contains("count allows"), e.getMessage());
    }

    private static CasePage page(long number, long count, long... ids) {
        CasePage.Builder b = CasePage.builder().page(number).offset(number * 2).limit(2).count(count);
        LongStream.of(ids).forEach(id -> b.addCases(ListedCase.builder()
                .supportCase(SupportCase.builder().id(CaseId.of(id)).status(CaseStatus.ACTIVE).build()).build()));
        return b.build();
    }

    private static List<Long> ids(List<ListedCase> cases) {
        List<Long> out = new ArrayList<>();
        cases.forEach(c -> out.add(c.supportCase().id().value()));
        return out;
    }
}
