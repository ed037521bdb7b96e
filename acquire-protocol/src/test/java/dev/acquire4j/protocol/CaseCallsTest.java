package dev.acquire4j.protocol;

import dev.acquire4j.protocol.spi.WireRequest;
import static dev.acquire4j.protocol.Fixtures.NO_HEADERS;
import static dev.acquire4j.protocol.Fixtures.resource;
import static dev.acquire4j.protocol.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.ServerErrorException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The case calls: their requests, and the docs' answer examples (copied verbatim into resources) read back. */
class CaseCallsTest {
    private final AcquireProtocol protocol = Fixtures.protocol();

    @Test
    void getIsAGetWithoutBodyOrContentTypeAskingOnlyForTheDocumentedContact() {
        Call<SupportCase> call = protocol.getCase(CaseId.of(30));
        WireRequest w = call.request();
        assertEquals("GET", w.method());
        assertEquals("http://127.0.0.1:8080/acquire/api/v1/crm/objects/case/30?relations=contact",
                w.uri().toString());
        assertEquals("GET /api/v1/crm/objects/case/{id}", w.endpoint());
        assertEquals(0, w.body().length);
        assertTrue(w.header("Content-Type").isEmpty());
        assertEquals(Optional.of("Bearer " + Fixtures.KEY), w.header("Authorization"));
        assertTrue(call.operation().idempotent());
    }

    @Test
    void listFiltersByContactWithTheDocumentedWhereSyntaxUrlEncoded() {
        WireRequest w = protocol.casesOfContact(ContactId.of(5)).request();
        assertEquals("http://127.0.0.1:8080/acquire/api/v1/crm/objects/case?where=contactId%7Ceq%7C5"
                + "&relations=contact%7Ctimeline", w.uri().toString());
        assertEquals("GET /api/v1/crm/objects/case", w.endpoint());
    }

    @Test
    void threadCasesAreAnIdempotentGetWithContactAndThreadInTheQuery() {
        Call<List<SupportCase>> call = protocol.casesOfThread(ContactId.of(750940), ThreadId.of(854));
        WireRequest w = call.request();
        assertEquals("GET", w.method());
        assertEquals("http://127.0.0.1:8080/acquire/api/v1/crm/messenger/chat/messages?contactId=750940&threadId=854",
                w.uri().toString());
        assertEquals("GET /api/v1/crm/messenger/chat/messages", w.endpoint());
        assertEquals(0, w.body().length);
        assertTrue(w.header("Content-Type").isEmpty());
        assertTrue(call.operation().idempotent());
    }

    @Test
    void readsTheDocsThreadCasesAnswer() {
        List<SupportCase> cases = read(protocol.casesOfThread(ContactId.of(750940), ThreadId.of(854)),
                resource("case-thread-answer.json"));
        assertEquals(List.of(SupportCase.builder().id(CaseId.of(854)).status(CaseStatus.ACTIVE).channel(Channel.CHAT)
                .contactId(ContactId.of(750940)).threadId(ThreadId.of(854)).build()), cases);
        assertEquals(CaseStatus.ACTIVE, cases.get(0).status());
        assertEquals(Optional.of(Channel.CHAT), cases.get(0).channel());
        assertEquals(Optional.of(ThreadId.of(854)), cases.get(0).threadId());
    }

    @Test
    void openIsANonIdempotentPostWithTheContactInTheQuery() {
        Call<SupportCase> call = protocol.openCase(ContactId.of(597752));
        WireRequest w = call.request();
        assertEquals("POST", w.method());
        assertEquals("http://127.0.0.1:8080/acquire/api/v1/crm/messenger/chat/create?contactId=597752", w.uri().toString());
        assertEquals("{}", new String(w.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Optional.of("application/json"), w.header("Content-Type"));
        assertFalse(call.operation().idempotent());
    }

    @Test
    void readsTheDocsGetAnswer() {
        SupportCase c = read(protocol.getCase(CaseId.of(30)), resource("case-get-answer.json"));
        assertEquals(SupportCase.builder().id(CaseId.of(30)).status(CaseStatus.ACTIVE).channel(Channel.CHAT)
                .contactId(ContactId.of(5)).threadId(ThreadId.of(30)).build(), c);
    }

    @Test
    void readsTheDocsListAnswerWhoseCasesNameNoStatus() {
        List<SupportCase> cases = read(protocol.casesOfContact(ContactId.of(1)), resource("case-list-answer.json"));
        assertEquals(2, cases.size());
        assertEquals(CaseId.of(1), cases.get(0).id());
        assertEquals(Optional.of(ContactId.of(1)), cases.get(1).contactId());
        assertEquals(Optional.of(ThreadId.of(2)), cases.get(1).threadId());
        assertEquals(CaseStatus.Kind.UNKNOWN, cases.get(0).status().kind(), "no status in the docs' list: unknown, not active");
    }

    @Test
    void readsTheDocsCreateAnswerWithItsThreadAndTimeline() {
        SupportCase c = read(protocol.openCase(ContactId.of(597752)), resource("case-create-answer.json"));
        assertEquals(SupportCase.builder().id(CaseId.of(2071)).status(CaseStatus.ACTIVE).channel(Channel.CHAT)
                .contactId(ContactId.of(597752)).threadId(ThreadId.of(1683)).timelineId(TimelineId.of(1604)).build(), c);
    }

    @Test
    void readsATimelineRelationAndStringIdsLeniently() {
        SupportCase c = read(protocol.getCase(CaseId.of(7)), utf8("{\"data\":{\"id\":\"7\",\"status\":\"Closed\","
                + "\"channel\":\"email\",\"contactId\":\"9\",\"timeline\":{\"id\":44,\"caseId\":7},\"extra\":[1,{}]}}"));
        assertEquals(CaseStatus.CLOSED, c.status());
        assertEquals(Optional.of(TimelineId.of(44)), c.timelineId());
        assertEquals(Optional.of(Channel.EMAIL), c.channel());
    }

    @Test
    void aCaseWithoutStatusOrANonJsonBodyIsMalformed() {
        Call<SupportCase> get = protocol.getCase(CaseId.of(7));
        assertThrows(MalformedResponseException.class, () -> read(get, utf8("{\"data\":{\"id\":7}}")));
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> read(get, utf8("<html>")));
        assertFalse(e.getMessage().contains("stored"), e.getMessage());
        assertThrows(MalformedResponseException.class, () -> read(protocol.casesOfContact(ContactId.of(1)), utf8("{\"data\":{}}")));
    }

    @Test
    void statusesMapAsForSendsAndNameTheLookup() {
        Call<SupportCase> get = protocol.getCase(CaseId.of(7));
        NotFoundException notFound = assertThrows(NotFoundException.class,
                () -> protocol.read(get, 404, NO_HEADERS, utf8("{\"type\":\"ERROR_RECORD_NOT_FOUND\"}"), 1));
        assertEquals(Optional.of("ERROR_RECORD_NOT_FOUND"), notFound.errorCode());
        assertEquals("GET /api/v1/crm/objects/case/{id}", notFound.endpoint());
        assertTrue(notFound.getMessage().contains("case lookup"), notFound.getMessage());
        OutcomeUnknownException e = assertThrows(ServerErrorException.class, () -> protocol.read(get, 500, NO_HEADERS, null, 2));
        assertEquals(2, e.attempts());
    }

    private <T> T read(Call<T> call, byte[] body) {
        return protocol.read(call, 200, NO_HEADERS, body, 1);
    }
}
