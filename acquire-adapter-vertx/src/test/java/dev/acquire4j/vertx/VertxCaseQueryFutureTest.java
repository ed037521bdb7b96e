package dev.acquire4j.vertx;

import static dev.acquire4j.vertx.VertxAcquireClientTest.await;
import static dev.acquire4j.vertx.VertxAcquireClientTest.failureOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseColumn;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.CaseRelation;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.PagingException;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.faults.PagingFault;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Case queries and stored messages through the Vert.x {@code Future} API: the core's operations, no adapter code. */
class VertxCaseQueryFutureTest {
    private Vertx vertx;
    private FakeAcquireServer server;
    private VertxAcquireClient client;
    private final AcquireState state = new AcquireState().pageCasesBy(2);

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        server = new FakeAcquireServer(state).start();
        client = VertxAcquireClient.create(vertx, VertxAcquireOptions.of(
                ClientSettings.builder().baseUri(server.baseUri()).apiKey(state.validKey()).build()));
    }

    @AfterEach
    void stop() throws Exception {
        await(client.closeAsync());
        server.close();
        await(vertx.close());
    }

    @Test
    void listListAllAndWithMessagesAsFutures() throws Exception {
        SupportCase first = state.openCase(Channel.CHAT);
        ContactId contact = first.contactId().orElseThrow();
        List<CaseId> expected = new ArrayList<>(List.of(first.id()));
        for (int i = 0; i < 4; i++) {
            expected.add(state.openCase(contact, Channel.CHAT).id());
        }
        await(client.send(ChatMessage.builder().forCase(first).contactId(contact).text("stored").build()));
        CaseQuery query = CaseQuery.builder().whereEquals(CaseColumn.CONTACT_ID, contact.toString())
                .relations(CaseRelation.TIMELINE).build();

        CasePage page = await(client.future(a -> a.cases().list(query)));
        assertEquals(5, page.count());
        assertTrue(page.partial());
        List<ListedCase> all = await(client.future(a -> a.cases().listAll(query)));
        assertEquals(expected, all.stream().map(c -> c.supportCase().id()).toList());
        ListedCase withMessages = await(client.future(a -> a.cases().withMessages(first.id()))).orElseThrow();
        assertEquals(state.messages().get(0).id(), withMessages.messages().get(0).id());

        state.breakPaging(PagingFault.REPEAT_PAGE);
        PagingException e = assertInstanceOf(PagingException.class, failureOf(client.future(a -> a.cases().listAll(query))),
                "the guard's own exception, not wrapped");
        assertEquals(2, e.casesRead());
    }
}
