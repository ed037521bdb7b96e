package dev.acquire4j.tck.fakes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.records.RecordedRequest;
import dev.acquire4j.testkit.records.StoredMessage;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake server accepts the documented requests, answers in the documented shapes, records and can fail. */
class FakeAcquireServerTest extends FakeServerTestSupport {
    private static final String CHAT = "/api/v1/crm/messenger/chat/add-message";
    private static final String MAIL = "/api/v1/mail/add-message";
    private static final String SMS = "/api/v1/voip/send-sms";

    @Test
    void bindsLoopbackOnAnEphemeralPort() {
        assertEquals("127.0.0.1", server.baseUri().getHost());
        assertTrue(server.baseUri().getPort() > 0);
        assertEquals("http", server.baseUri().getScheme());
    }

    @Test
    void chatIsStoredAndAnsweredInTheDocumentedShape() {
        SupportCase c = state.openCase(Channel.CHAT);
        long contact = c.contactId().orElseThrow().value();
        HttpResponse<String> r = http.postJson(CHAT + "?contactId=" + contact + "&-x-user-type=user", key,
                "{\"channel\":\"chat\",\"caseId\":" + c.id() + ",\"message\":{\"type\":\"message\","
                        + "\"message\":\"Hey added from the api\",\"caseId\":" + c.id() + ",\"translateLangKey\":\"en\"}}");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        StoredMessage stored = state.messages().get(0);
        assertEquals(SenderRole.USER, stored.senderRole());
        assertEquals("en", stored.translateLangKey().orElseThrow());
        JsonNode data = RawHttp.json(r).get("data");
        assertEquals(stored.id().value(), data.get("id").asLong());
        assertEquals("chat", data.get("channel").asText());
        assertEquals("user", data.get("senderType").asText());
        assertEquals("Hey added from the api", data.get("message").asText());
        assertEquals(c.id().value(), data.get("caseId").asLong());
        assertEquals(contact, data.get("contactId").asLong());
        assertEquals(c.threadId().orElseThrow().value(), data.get("threadId").asLong());
        assertEquals("active", data.at("/case/status").asText());
        assertEquals("chat", data.at("/case/channel").asText());
        assertEquals(contact, data.at("/case/contact/id").asLong());
        assertEquals("user", data.at("/sender/type").asText());
        assertTrue(data.get("dateCreated").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000Z"));
    }

    @Test
    void mailIsStoredAndAnsweredInTheDocumentedShape() {
        SupportCase c = state.openCase(Channel.EMAIL);
        HttpResponse<String> r = http.postJson(MAIL, key, "{\"data\":{\"caseId\":" + c.id() + ",\"contactId\":"
                + c.contactId().orElseThrow() + ",\"type\":\"message\",\"from\":\"user@acquire.io\","
                + "\"to\":[\"test@gmail.com\"],\"cc\":[],\"bcc\":[],\"subject\":\"test\","
                + "\"htmlBody\":\"<b>hi</b>\"}}");
        assertEquals(200, r.statusCode(), r.body());
        StoredMessage stored = state.messages().get(0);
        JsonNode data = RawHttp.json(r).get("data");
        assertEquals(stored.id().value(), data.get("caseMessageId").asLong());
        assertEquals("test@gmail.com", data.at("/to/0/Email").asText());
        assertEquals("user@acquire.io", data.at("/from/Email").asText());
        assertEquals("<b>hi</b>", data.get("htmlBody").asText());
        assertEquals("hi", data.get("textBody").asText());
        assertEquals(List.of("test@gmail.com"), stored.to());
    }

    @Test
    void smsIsStoredAndAnsweredInTheDocumentedShape() {
        SupportCase c = state.openCase(Channel.SMS);
        HttpResponse<String> r = http.postJson(SMS + "?-x-user-type=contact", key, "{\"From\":\"+12513188609\","
                + "\"To\":\"+919666929552\",\"contactId\":" + c.contactId().orElseThrow() + ",\"Body\":\"hi\","
                + "\"threadId\":" + c.id() + ",\"timelineId\":" + c.timelineId().orElseThrow() + "}");
        assertEquals(200, r.statusCode(), r.body());
        StoredMessage stored = state.messages().get(0);
        assertEquals(SenderRole.CONTACT, stored.senderRole());
        JsonNode data = RawHttp.json(r).get("data");
        assertEquals(c.id().value(), data.at("/cas/id").asLong());
        assertEquals(c.id().value(), data.get("threadId").asLong());
        assertEquals(c.timelineId().orElseThrow().value(), data.at("/timeline/id").asLong());
        JsonNode message = data.get("data");
        assertEquals(stored.id().value(), message.get("caseMessageId").asLong());
        assertNotEquals(message.get("caseMessageId").asLong(), message.get("id").asLong(), "the SMS row has its own id");
        assertEquals("yes", message.get("seen").asText());
        assertEquals("contact", message.get("senderType").asText());
        assertEquals("+919666929552", message.get("to").asText());
    }

    @Test
    void acceptsTheDocsRawChatExampleWhenItsCaseIsSeeded() {
        seed(9, 597_759, Channel.CHAT, 1);
        HttpResponse<String> r = http.postJson(CHAT + "?-x-user-type=user", key, "{\n  \"channel\": \"chat\",\n"
                + "  \"message\": {\n    \"type\": \"message\",\n    \"message\": \"Hey added from the api\",\n"
                + "    \"translateLangKey\": \"en\"\n  },\n  \"caseId\": 9\n}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(597_759, state.messages().get(0).contactId().value());
    }

    @Test
    void acceptsTheDocsRawMailExampleWhenItsCaseIsSeeded() {
        seed(575, 597_632, Channel.EMAIL, 1);
        HttpResponse<String> r = http.postJson(MAIL, key, "{\n    \"data\": {\n        \"caseId\": 575,\n"
                + "        \"to\": [\n            \"test@gmail.com\"\n        ],\n        \"from\": \"user@acquire.io\",\n"
                + "        \"cc\": [],\n        \"bcc\": [],\n        \"subject\": \"test\",\n"
                + "        \"contactId\": 597632,\n        \"type\": \"message\", \n"
                + "        \"htmlBody\": \"This is the message body\"\n    }\n}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("This is the message body", state.messages().get(0).text());
    }

    @Test
    void acceptsTheDocsRawSmsExampleWithItsExtraFieldsWhenItsCaseIsSeeded() {
        seed(2219, 751_069, Channel.CHAT, 2108);
        HttpResponse<String> r = http.postJson(SMS + "?-x-user-type=user", key, "{\n    \"Body\": \"hi\",\n"
                + "    \"From\": \"+12513188609\",\n    \"To\": \"+919666929552\",\n    \"contactId\": 751069,\n"
                + "    \"id\": 2219,\n    \"isClosed\": false,\n    \"isMultiChannel\": false,\n"
                + "    \"markValue\": \"<p>hi</p>\",\n    \"message\": \"hi\",\n    \"msgType\": \"message\",\n"
                + "    \"sms\": \"hi\",\n    \"threadId\": 2219,\n    \"timelineId\": 2108,\n"
                + "    \"title\": \"#751069 has just started a chat\"\n}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2108, state.messages().get(0).timelineId().orElseThrow().value());
    }

    @Test
    void recordsEveryRequestByteForByteAndCountsStoredMessagesApart() {
        SupportCase c = state.openCase(Channel.CHAT);
        String body = "{\"channel\":\"chat\",\"caseId\":" + c.id() + ",\"message\":{\"type\":\"note\",\"message\":\"é\"}}";
        http.postJson(CHAT + "?-x-user-type=user", key, body);
        http.postJson(CHAT + "?-x-user-type=user", "wrong-key", body);
        assertEquals(2, server.requestCount());
        assertEquals(1, state.messageCount());
        RecordedRequest first = server.requests().get(0);
        assertEquals("POST", first.method());
        assertEquals(CHAT, first.path());
        assertEquals("user", first.queryParameter("-x-user-type").orElseThrow());
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), first.body());
        assertEquals("Bearer " + key, first.header("Authorization").orElseThrow());
        assertTrue(!first.toString().contains(key), "toString hides the key: " + first);
    }

    @Test
    void failNextAnswersTheScriptedErrorOnceAndStoresNothing() {
        SupportCase c = state.openCase(Channel.CHAT);
        server.failNext(500, "ERROR_SERVER_ERROR");
        String body = "{\"channel\":\"chat\",\"caseId\":" + c.id() + ",\"message\":{\"type\":\"message\",\"message\":\"x\"}}";
        HttpResponse<String> failed = http.postJson(CHAT + "?-x-user-type=user", key, body);
        assertEquals(500, failed.statusCode());
        assertEquals("ERROR_SERVER_ERROR", RawHttp.json(failed).get("type").asText());
        assertEquals("error", RawHttp.json(failed).get("status").asText());
        assertEquals(0, state.messageCount());
        assertEquals(200, http.postJson(CHAT + "?-x-user-type=user", key, body).statusCode());
        assertEquals(1, state.messageCount());
    }

    @Test
    void answerNextWithRawStoresTheSendButAnswersTheRawBody() {
        SupportCase c = state.openCase(Channel.CHAT);
        server.answerNextWithRaw("text/html", "<html>oops</html>");
        HttpResponse<String> r = http.postJson(CHAT + "?-x-user-type=user", key,
                "{\"channel\":\"chat\",\"caseId\":" + c.id() + ",\"message\":{\"type\":\"message\",\"message\":\"x\"}}");
        assertEquals(200, r.statusCode());
        assertEquals("<html>oops</html>", r.body());
        assertEquals("text/html", r.headers().firstValue("content-type").orElseThrow());
        assertEquals(1, state.messageCount());
    }

    @Test
    void closeStopsServingAndCannotBeRestarted() {
        server.close();
        server.close();
        assertThrows(UncheckedIOException.class, () -> http.postJson(CHAT, key, "{}"));
        assertThrows(IllegalStateException.class, server::start);
        assertThrows(IllegalStateException.class, server::baseUri);
    }

    @Test
    void seededCaseWithoutContactIsRefusedAtSeedTime() {
        SupportCase noContact = SupportCase.builder().id(CaseId.of(5)).status(CaseStatus.ACTIVE).build();
        assertThrows(IllegalArgumentException.class, () -> state.addCase(noContact));
    }

    private void seed(long caseId, long contactId, Channel channel, long timelineId) {
        state.addCase(SupportCase.builder().id(CaseId.of(caseId)).status(CaseStatus.ACTIVE).channel(channel)
                .contactId(ContactId.of(contactId)).timelineId(TimelineId.of(timelineId)).build());
    }
}
