package dev.acquire4j.tck.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SupportCase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.Optional;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.InMemoryAcquire;

/**
 * The fake server's case-lifecycle and stored-message endpoints are as strict as the sends: unknown
 * query parameters, undocumented body fields, wrong types and wrong methods are refused, changing
 * nothing; and what they change is what the in-memory client sees.
 */
class FakeAcquireServerLifecycleTest extends FakeServerTestSupport {
    private static final String CLOSE = "/api/v1/crm/messenger/chat/close";
    private static final String CREATE = "/api/v1/crm/messenger/chat/create";
    private static final String MESSAGE = "/api/v1/crm/objects/case-message/";
    private static final String EDIT = "/api/v1/crm/messenger/chat/message/";

    private SupportCase c;

    @BeforeEach
    void openCases() {
        c = state.openCase(Channel.CHAT);
    }

    private MessageId stored(String text) {
        try (InMemoryAcquire direct = InMemoryAcquire.of(state)) {
            return direct.chat().send(ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                    .text(text).build()).id();
        }
    }

    private HttpResponse<String> call(String method, String path) {
        return http.send(http.request(path).header("Authorization", "Bearer " + key)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private static void refused(int status, String mentioned, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(RawHttp.json(r).get("message").asText().contains(mentioned), "should mention " + mentioned + ": " + r.body());
    }

    @Test
    void closeTakesOnlyTheDocumentedFields() {
        refused(400, "undocumented body field reason", http.postJson(CLOSE, key, "{\"caseId\":" + c.id() + ",\"reason\":\"x\"}"));
        refused(400, "unknown query parameter caseId", http.postJson(CLOSE + "?caseId=" + c.id(), key, "{\"caseId\":" + c.id() + "}"));
        refused(400, "archive", http.postJson(CLOSE, key, "{\"caseId\":" + c.id() + ",\"archive\":true}"));
        refused(400, "askFeedback", http.postJson(CLOSE, key, "{\"caseId\":" + c.id() + ",\"askFeedback\":\"yes\"}"));
        refused(400, "caseId", http.postJson(CLOSE, key, "{}"));
        refused(404, "case 987654", http.postJson(CLOSE, key, "{\"caseId\":987654}"));
        assertEquals(CaseStatus.ACTIVE, state.findCase(c.id()).orElseThrow().status(), "nothing refused changed the case");
        HttpResponse<String> ok = http.postJson(CLOSE, key, "{\"archive\":\"yes\",\"closingState\":\"handled\",\"meta\":{},"
                + "\"forceClose\":false,\"leaveOnly\":false,\"leaveEvent\":true,\"askFeedback\":true,\"caseId\":" + c.id() + "}");
        assertEquals(200, ok.statusCode(), ok.body());
        JsonNode entry = RawHttp.json(ok).get("data").get("0");
        assertEquals(c.id().value(), entry.get("caseId").asLong());
        assertEquals(CaseStatus.CLOSED, state.findCase(c.id()).orElseThrow().status());
        refused(400, "only an active case", http.postJson(CLOSE, key, "{\"caseId\":" + c.id() + "}"));
    }

    @Test
    void leaveOnlyKeepsTheCaseOpen() {
        HttpResponse<String> ok = http.postJson(CLOSE, key, "{\"caseId\":" + c.id() + ",\"leaveOnly\":true}");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(false, RawHttp.json(ok).get("data").get("0").get("foreverClosed").asBoolean());
        assertEquals(CaseStatus.ACTIVE, state.findCase(c.id()).orElseThrow().status());
    }

    @Test
    void createTakesOnlyTheDocumentedFieldsAndReopensByThread() {
        String contact = c.contactId().orElseThrow().toString();
        int cases = state.cases().size();
        refused(400, "undocumented body field priority", http.postJson(CREATE + "?contactId=" + contact, key, "{\"priority\":1}"));
        refused(400, "undocumented body field message.caseId", http.postJson(CREATE + "?contactId=" + contact, key,
                "{\"message\":{\"type\":\"message\",\"message\":\"x\",\"caseId\":1}}"));
        refused(400, "channel", http.postJson(CREATE + "?contactId=" + contact, key, "{\"channel\":\"fax\"}"));
        refused(400, "active case", http.postJson(CREATE + "?contactId=" + contact, key, "{\"threadId\":" + c.threadId().orElseThrow() + "}"));
        refused(404, "thread", http.postJson(CREATE + "?contactId=" + contact, key, "{\"threadId\":987654}"));
        assertEquals(cases, state.cases().size(), "nothing refused opened a case");
        state.closeCase(c.id());
        HttpResponse<String> ok = http.postJson(CREATE + "?contactId=" + contact, key, "{\"title\":\"string\",\"source\":\"firstMessage\","
                + "\"mentionUsers\":[\"00\"],\"message\":{\"type\":\"message\",\"message\":\"I'm reopening the closed case\","
                + "\"translateLangKey\":\"\"},\"channel\":\"chat\",\"routeAgentId\":0,\"agentId\":0,\"isFromCobrowse\":true,"
                + "\"fields\":{},\"sessionId\":3711819272,\"threadId\":" + c.threadId().orElseThrow() + "}");
        assertEquals(200, ok.statusCode(), ok.body());
        JsonNode data = RawHttp.json(ok).get("data");
        assertEquals(c.threadId().orElseThrow().value(), data.get("threadId").asLong());
        assertEquals("active", data.get("status").asText());
        assertEquals("I'm reopening the closed case", state.messages().get(0).text(), "the reopen's message is stored");
    }

    @Test
    void messageEndpointsAreStrictAndShareTheAccountsMessages() {
        MessageId id = stored("first");
        refused(405, "GET, DELETE", http.postJson(MESSAGE + id, key, "{}"));
        refused(400, "unknown query parameter relations", call("GET", MESSAGE + id + "?relations=case"));
        refused(400, "message id", call("GET", MESSAGE + "abc"));
        refused(400, "undocumented body field message.caseId", http.postJson(EDIT + id, key,
                "{\"message\":{\"message\":\"x\",\"caseId\":1}}"));
        refused(400, "undocumented body field caseId", http.postJson(EDIT + id, key, "{\"caseId\":1,\"message\":{\"message\":\"x\"}}"));
        refused(400, "message.message", http.postJson(EDIT + id, key, "{\"message\":{\"type\":\"message\"}}"));
        assertEquals("first", state.findMessage(id).orElseThrow().text());
        assertEquals(200, http.postJson(EDIT + id, key, "{\"message\":{\"message\":\"second\"}}").statusCode());
        try (InMemoryAcquire direct = InMemoryAcquire.of(state)) {
            assertEquals(Optional.of("second"), direct.caseMessages().get(id).text(), "an edit over HTTP is what the in-memory client sees");
            assertTrue(direct.caseMessages().get(id).updatedAt().isPresent());
        }
        JsonNode got = RawHttp.json(call("GET", MESSAGE + id)).get("data");
        assertEquals("second", got.get("message").asText());
        assertEquals(1, RawHttp.json(call("DELETE", MESSAGE + id)).get("data").get("deleted").asInt());
        refused(404, "message " + id, call("GET", MESSAGE + id));
        refused(404, "message " + id, call("DELETE", MESSAGE + id));
        assertEquals(0, state.messageCount());
    }
}
