package dev.acquire4j.tck.fakes;

import dev.acquire4j.testkit.faults.PagingFault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake server's case endpoints accept only what their pages document: per endpoint, the query
 * parameters and relations; the list answers with page data and honours (or, when told, breaks) paging.
 */
class FakeCaseListStrictnessTest extends FakeServerTestSupport {
    private static final String LIST = "/api/v1/crm/objects/case";
    private SupportCase c;

    @BeforeEach
    void openCases() {
        c = state.openCase(Channel.CHAT);
    }

    @Test
    void theGetPageTakesOnlySelectAndTheContactRelation() {
        assertEquals(200, get(LIST + "/" + c.id() + "?relations=contact&select=id%7Cstatus%7CwaitTime").statusCode());
        invalid(LIST + "/" + c.id() + "?relations=contact%7Ctimeline", "timeline");
        invalid(LIST + "/" + c.id() + "?relations=messages", "messages");
        invalid(LIST + "/" + c.id() + "?page=1", "page");
        invalid(LIST + "/" + c.id() + "?select=nosuch", "nosuch");
    }

    @Test
    void theListTakesWhereSelectRelationsAndPageOnly() {
        assertEquals(200, get(LIST + "?where=id%7Ceq%7C" + c.id() + "&relations=contact%7Cmessages%7Ctimeline&page=0")
                .statusCode());
        invalid(LIST + "?limit=10", "limit");
        invalid(LIST + "?offset=10", "offset");
        invalid(LIST + "?relations=datePending", "datePending");
        invalid(LIST + "?where=id%7Clike%7C1", "operator");
        invalid(LIST + "?where=nosuch%7Ceq%7C1", "nosuch");
        invalid(LIST + "?where=contactId%7Ceq%7Cabc", "positive whole number");
        invalid(LIST + "?select=waitTime", "waitTime");
        invalid(LIST + "?page=-1", "page");
    }

    @Test
    void theListAnswersWithPageDataAndCanBeToldToBreakPaging() {
        state.pageCasesBy(1);
        state.openCase(c.contactId().orElseThrow(), Channel.SMS);
        String query = LIST + "?where=contactId%7Ceq%7C" + c.contactId().orElseThrow();
        JsonNode second = data(query + "&page=1");
        assertEquals(1, second.get("page").asLong());
        assertEquals(1, second.get("offset").asLong());
        assertEquals(1, second.get("limit").asLong());
        assertEquals(2, second.get("count").asLong());
        assertEquals(1, second.get("data").size());
        state.breakPaging(PagingFault.IGNORE_PAGE);
        assertEquals(0, data(query + "&page=1").get("page").asLong());
        state.breakPaging(PagingFault.EMPTY_PAGES);
        assertEquals(0, data(query + "&page=1").get("data").size());
        state.breakPaging(PagingFault.REPEAT_PAGE);
        JsonNode repeated = data(query + "&page=1");
        assertEquals(1, repeated.get("page").asLong());
        assertEquals(c.id().value(), repeated.get("data").get(0).get("id").asLong());
    }

    @Test
    void relationsCanComeAsOneElementArrays() {
        state.answerRelationsAsArrays(true);
        JsonNode listed = data(LIST + "?where=id%7Ceq%7C" + c.id() + "&relations=contact%7Ctimeline").get("data").get(0);
        assertTrue(listed.get("timeline").isArray(), listed.toString());
        assertEquals(c.timelineId().orElseThrow().value(), listed.get("timeline").get(0).get("id").asLong());
        assertEquals(c.contactId().orElseThrow().value(), listed.get("contact").get(0).get("id").asLong());
    }

    private JsonNode data(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        return RawHttp.json(r).get("data");
    }

    private HttpResponse<String> get(String pathAndQuery) {
        return http.send(http.request(pathAndQuery).GET().header("Authorization", "Bearer " + state.validKey().reveal())
                .build());
    }

    private void invalid(String pathAndQuery, String mentioned) {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(400, r.statusCode(), pathAndQuery + ": " + r.body());
        assertTrue(r.body().contains(mentioned), "the refusal should mention " + mentioned + ": " + r.body());
    }
}
