package dev.acquire4j.tck.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.FakeAcquireServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake server refuses each kind of wrong request with the status and ERROR_* code a real one would, storing nothing. */
class FakeAcquireServerStrictnessTest extends FakeServerTestSupport {
    private static final String CHAT = "/api/v1/crm/messenger/chat/add-message";
    private static final String MAIL = "/api/v1/mail/add-message";
    private static final String SMS = "/api/v1/voip/send-sms";
    private static final String THREAD = "/api/v1/crm/messenger/chat/messages";

    private SupportCase chatCase;
    private SupportCase mailCase;
    /** Refused requests store nothing; a test that also sends a valid request raises this. */
    private int expectedStored;

    @BeforeEach
    void openCases() {
        chatCase = state.openCase(Channel.CHAT);
        mailCase = state.openCase(chatCase.contactId().orElseThrow(), Channel.EMAIL);
    }

    @AfterEach
    void nothingRefusedWasStored() {
        assertEquals(expectedStored, state.messageCount(), "a refused request stores nothing");
    }

    @Test
    void unknownPathIsNotFound() {
        refused(404, "ERROR_RECORD_NOT_FOUND", http.postJson("/api/v1/crm/messenger/chat/add-messages", key, chatBody()));
        refused(404, "ERROR_RECORD_NOT_FOUND", http.postJson(CHAT + "/", key, chatBody()));
    }

    @Test
    void otherMethodThanPostIsRefusedWithAllow() {
        HttpResponse<String> r = http.send(http.request(CHAT + "?-x-user-type=user")
                .header("Authorization", "Bearer " + key).GET().build());
        refused(405, "ERROR_INVALID_INPUT", r);
        assertEquals("POST", r.headers().firstValue("allow").orElseThrow());
        HttpRequest put = http.request(MAIL).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(mailBody())).build();
        refused(405, "ERROR_INVALID_INPUT", http.send(put));
    }

    @Test
    void missingOrWrongKeyIsUnauthorized() {
        refused(401, "ERROR_UNAUTHORIZED", http.postJson(chatPath(), null, chatBody()));
        refused(401, "ERROR_UNAUTHORIZED", http.postJson(chatPath(), "not-the-key", chatBody()));
        HttpRequest basic = http.request(chatPath()).header("Authorization", "Basic " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(chatBody())).build();
        HttpResponse<String> r = http.send(basic);
        refused(401, "ERROR_UNAUTHORIZED", r);
        assertTrue(!r.body().contains(key), "the answer never echoes a key");
    }

    @Test
    void forbiddenKeyIsUnauthorizedAccess() {
        refused(403, "ERROR_UNAUTHORIZED_ACCESS", http.postJson(MAIL, state.forbiddenKey().reveal(), mailBody()));
    }

    @Test
    void contentTypeMustBeJson() {
        refused(400, "ERROR_INVALID_INPUT", http.post(chatPath(), key, "text/plain", chatBody()));
        refused(400, "ERROR_INVALID_INPUT", http.post(chatPath(), key, null, chatBody()));
        refused(400, "ERROR_INVALID_INPUT", http.post(chatPath(), key, "application/json; charset=iso-8859-1", chatBody()));
        assertEquals(200, http.post(chatPath(), key, "application/json; charset=UTF-8", chatBody()).statusCode());
        expectedStored = 1;
    }

    @Test
    void bodyMustBeAJsonObject() {
        refused(400, "ERROR_INVALID_INPUT", http.postJson(chatPath(), key, "not json"));
        refused(400, "ERROR_INVALID_INPUT", http.postJson(chatPath(), key, ""));
        refused(400, "ERROR_INVALID_INPUT", http.postJson(chatPath(), key, "[1,2]"));
        refused(400, "ERROR_INVALID_INPUT", http.postJson(chatPath(), key, chatBody() + " {}"));
        refused(400, "ERROR_INVALID_INPUT", http.postJson(chatPath(), key,
                "{\"channel\":\"chat\",\"channel\":\"chat\",\"caseId\":" + chatCase.id() + ",\"message\":{}}"));
    }

    @Test
    void chatFieldsAreCheckedByNameAndType() {
        long id = chatCase.id().value();
        assertInvalid(CHAT + "?-x-user-type=user", "{\"caseId\":" + id + ",\"message\":{\"type\":\"message\",\"message\":\"x\"}}", "channel");
        assertInvalid(chatPath(), "{\"channel\":\"sms\",\"caseId\":" + id + ",\"message\":{\"type\":\"message\",\"message\":\"x\"}}", "channel");
        assertInvalid(chatPath(), "{\"channel\":\"chat\",\"caseId\":" + id + "}", "message");
        assertInvalid(chatPath(), "{\"channel\":\"chat\",\"caseId\":" + id + ",\"message\":\"x\"}", "message");
        assertInvalid(chatPath(), "{\"channel\":\"chat\",\"caseId\":" + id + ",\"message\":{\"type\":\"sms\",\"message\":\"x\"}}", "message.type");
        assertInvalid(chatPath(), "{\"channel\":\"chat\",\"caseId\":" + id + ",\"message\":{\"type\":\"message\"}}", "message.message");
        assertInvalid(chatPath(), "{\"channel\":\"chat\",\"caseId\":" + id + ",\"message\":{\"type\":\"message\",\"message\":\" \"}}", "message.message");
        assertInvalid(chatPath(), "{\"channel\":\"chat\",\"caseId\":\"" + id + "\",\"message\":{\"type\":\"message\",\"message\":\"x\"}}", "caseId");
        assertInvalid(chatPath(), "{\"channel\":\"chat\",\"message\":{\"type\":\"message\",\"message\":\"x\"}}", "caseId");
        assertInvalid(chatPath(), "{\"channel\":\"chat\",\"caseId\":" + id + ",\"message\":{\"type\":\"message\",\"message\":\"x\",\"caseId\":" + (id + 1) + "}}", "differ");
        assertInvalid(chatPath(), "{\"channel\":\"chat\",\"caseId\":" + id + ",\"message\":{\"type\":\"message\",\"message\":\"x\",\"translateLangKey\":\"not a tag\"}}", "translateLangKey");
    }

    @Test
    void userTypeQueryIsRequiredWithItsDashAndContactNeedsContactId() {
        assertInvalid(CHAT, chatBody(), "-x-user-type");
        assertInvalid(CHAT + "?x-user-type=user", chatBody(), "-x-user-type");
        assertInvalid(CHAT + "?-x-user-type=agent", chatBody(), "-x-user-type");
        assertInvalid(CHAT + "?-x-user-type=user&-x-user-type=user", chatBody(), "once");
        assertInvalid(CHAT + "?-x-user-type=contact", chatBody(), "contactId");
        assertInvalid(CHAT + "?-x-user-type=user&contactId=abc", chatBody(), "contactId");
        assertInvalid(SMS, smsBody(chatCase.timelineId().orElseThrow().value()), "-x-user-type");
    }

    @Test
    void mailFieldsAreCheckedByNameAndType() {
        String head = "{\"data\":{\"caseId\":" + mailCase.id() + ",\"contactId\":" + mailCase.contactId().orElseThrow();
        assertInvalid(MAIL, "{\"caseId\":" + mailCase.id() + "}", "data");
        assertInvalid(MAIL, head + ",\"type\":\"message\",\"from\":\"a@b.example\",\"to\":[]}}", "data.to");
        assertInvalid(MAIL, head + ",\"type\":\"message\",\"from\":\"a@b.example\"}}", "data.to");
        assertInvalid(MAIL, head + ",\"type\":\"message\",\"from\":\"a@b.example\",\"to\":\"c@d.example\"}}", "data.to");
        assertInvalid(MAIL, head + ",\"type\":\"message\",\"from\":\"Ann <a@b.example>\",\"to\":[\"c@d.example\"]}}", "data.from");
        assertInvalid(MAIL, head + ",\"type\":\"note\",\"from\":\"a@b.example\",\"to\":[\"c@d.example\"]}}", "data.type");
        assertInvalid(MAIL, head + ",\"type\":\"message\",\"from\":\"a@b.example\",\"to\":[\"c@d.example\"],\"cc\":[1]}}", "data.cc[0]");
        assertInvalid(MAIL, head + ",\"type\":\"message\",\"from\":\"a@b.example\",\"to\":[\"c@d.example\"],\"subject\":\"a\\r\\nBcc: x@y.example\"}}", "data.subject");
        assertInvalid(MAIL, "{\"data\":{\"caseId\":" + mailCase.id() + ",\"type\":\"message\",\"from\":\"a@b.example\",\"to\":[\"c@d.example\"]}}", "data.contactId");
        // Neither the mail table nor its raw example has attachments.
        assertInvalid(MAIL, head + ",\"type\":\"message\",\"from\":\"a@b.example\",\"to\":[\"c@d.example\"],\"attachments\":[]}}", "data.attachments");
    }

    @Test
    void smsFieldsAreCheckedByNameAndType() {
        long timeline = chatCase.timelineId().orElseThrow().value();
        assertInvalid(SMS + "?-x-user-type=user", smsBody(timeline).replace("+12513188609", "2513188609"), "From");
        assertInvalid(SMS + "?-x-user-type=user", smsBody(timeline).replace("+919666929552", "+91 96669 29552"), "To");
        assertInvalid(SMS + "?-x-user-type=user", smsBody(timeline).replace("\"Body\":\"hi\"", "\"body\":\"hi\""), "Body");
        assertInvalid(SMS + "?-x-user-type=user", smsBody(timeline).replace("\"threadId\"", "\"caseId\""), "threadId");
        assertInvalid(SMS + "?-x-user-type=user", smsBody(timeline).replace("\"timelineId\":" + timeline, "\"timelineId\":0"), "timelineId");
    }

    @Test
    void caseRulesAreEnforced() {
        long timeline = chatCase.timelineId().orElseThrow().value();
        assertInvalid(SMS + "?-x-user-type=user", smsBody(timeline + 1), "timeline");
        assertInvalid(MAIL, mailBody().replace("\"caseId\":" + mailCase.id(), "\"caseId\":" + chatCase.id()), "email channel");
        assertInvalid(CHAT + "?-x-user-type=user&contactId=" + (chatCase.contactId().orElseThrow().value() + 1), chatBody(),
                "not the contact");
        refused(404, "ERROR_RECORD_NOT_FOUND", http.postJson(chatPath(), key, chatBody().replace(
                "\"caseId\":" + chatCase.id(), "\"caseId\":99999999")));
        state.closeCase(chatCase.id());
        assertInvalid(chatPath(), chatBody(), "only active cases may receive messages");
    }

    @Test
    void threadCasesNeedTheKeyAndBothIdsAndListOnlyTheContactsCases() {
        String contact = chatCase.contactId().orElseThrow().toString();
        String thread = chatCase.threadId().orElseThrow().toString();
        refused(401, "ERROR_UNAUTHORIZED", get(THREAD + "?contactId=" + contact + "&threadId=" + thread, null));
        refused(403, "ERROR_UNAUTHORIZED_ACCESS",
                get(THREAD + "?contactId=" + contact + "&threadId=" + thread, state.forbiddenKey().reveal()));
        invalidGet(THREAD + "?contactId=" + contact, "threadId");
        invalidGet(THREAD + "?threadId=" + thread, "contactId");
        invalidGet(THREAD + "?contactId=" + contact + "&threadId=x", "threadId");
        invalidGet(THREAD + "?contactId=0&threadId=" + thread, "contactId");
        HttpResponse<String> ok = get(THREAD + "?contactId=" + contact + "&threadId=" + thread, key);
        assertEquals(200, ok.statusCode(), ok.body());
        JsonNode data = RawHttp.json(ok).get("data");
        assertEquals(1, data.size(), ok.body());
        assertEquals(chatCase.id().value(), data.get(0).get("id").asLong());
        String stranger = state.addContact().id().toString();
        HttpResponse<String> none = get(THREAD + "?contactId=" + stranger + "&threadId=" + thread, key);
        assertEquals(0, RawHttp.json(none).get("data").size(), "another contact's thread lists nothing: " + none.body());
    }

    @Test
    void everyRefusedRequestIsStillRecorded() {
        http.postJson("/nope", key, "{}");
        http.postJson(chatPath(), null, chatBody());
        assertEquals(2, server.requestCount());
    }

    private String chatPath() {
        return CHAT + "?contactId=" + chatCase.contactId().orElseThrow() + "&-x-user-type=user";
    }

    private String chatBody() {
        return "{\"channel\":\"chat\",\"caseId\":" + chatCase.id() + ",\"message\":{\"type\":\"message\",\"message\":\"x\","
                + "\"caseId\":" + chatCase.id() + "}}";
    }

    private String mailBody() {
        return "{\"data\":{\"caseId\":" + mailCase.id() + ",\"contactId\":" + mailCase.contactId().orElseThrow()
                + ",\"type\":\"message\",\"from\":\"a@b.example\",\"to\":[\"c@d.example\"],\"cc\":[],\"bcc\":[],"
                + "\"subject\":\"s\",\"htmlBody\":\"h\"}}";
    }

    private String smsBody(long timeline) {
        return "{\"From\":\"+12513188609\",\"To\":\"+919666929552\",\"contactId\":" + chatCase.contactId().orElseThrow()
                + ",\"Body\":\"hi\",\"threadId\":" + chatCase.id() + ",\"timelineId\":" + timeline + "}";
    }

    private HttpResponse<String> get(String pathAndQuery, String bearer) {
        HttpRequest.Builder b = http.request(pathAndQuery).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build());
    }

    private void invalidGet(String pathAndQuery, String mentioned) {
        HttpResponse<String> r = get(pathAndQuery, key);
        JsonNode error = refused(400, "ERROR_INVALID_INPUT", r);
        assertTrue(error.get("message").asText().contains(mentioned),
                "the refusal should mention " + mentioned + ": " + r.body());
    }

    private void assertInvalid(String pathAndQuery, String body, String mentioned) {
        HttpResponse<String> r = http.postJson(pathAndQuery, key, body);
        JsonNode error = refused(400, "ERROR_INVALID_INPUT", r);
        assertTrue(error.get("message").asText().contains(mentioned),
                "the refusal should mention " + mentioned + ": " + r.body());
    }

    private static JsonNode refused(int status, String code, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode error = RawHttp.json(r);
        assertEquals("error", error.get("status").asText(), r.body());
        assertEquals(code, error.get("type").asText(), r.body());
        return error;
    }
}
