package dev.acquire4j.protocol;

import dev.acquire4j.protocol.spi.WireRequest;
import dev.acquire4j.protocol.spi.Header;
import dev.acquire4j.ports.Operation;
import static dev.acquire4j.protocol.Fixtures.keys;
import static dev.acquire4j.protocol.Fixtures.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ChatMessageType;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.LanguageTag;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests that each channel's request matches docs/wire-protocol.md and the documented raw bodies. */
class RequestEncodingTest {
    private final AcquireProtocol protocol = Fixtures.protocol();

    @Test
    void chatUrlMethodEndpointAndBody() {
        ChatMessage m = ChatMessage.builder().caseId(CaseId.of(9)).contactId(ContactId.of(597759))
                .text("Hey added from the api").translateTo(LanguageTag.of("en")).build();
        WireRequest r = protocol.call(m).request();

        assertEquals("POST", r.method());
        assertEquals(URI.create("http://127.0.0.1:8080/acquire/api/v1/crm/messenger/chat/add-message?contactId=597759&-x-user-type=user"), r.uri());
        assertEquals("POST /api/v1/crm/messenger/chat/add-message", r.endpoint());
        assertEquals(tree("{\"channel\":\"chat\",\"caseId\":9,\"message\":{\"type\":\"message\","
                + "\"message\":\"Hey added from the api\",\"caseId\":9,\"translateLangKey\":\"en\"}}"), tree(r.body()));
        JsonNode body = tree(r.body());
        assertEquals(List.of("channel", "caseId", "message"), keys(body));
        assertEquals(List.of("type", "message", "caseId", "translateLangKey"), keys(body.get("message")));
    }

    @Test
    void chatBodyCarriesEveryFieldOfTheDocumentedRawExample() {
        ChatMessage m = ChatMessage.builder().caseId(CaseId.of(9)).contactId(ContactId.of(1))
                .text("Hey added from the api").translateTo(LanguageTag.of("en")).build();
        assertContainsShape(tree(Fixtures.resource("chat-request-example.json")), tree(protocol.call(m).request().body()));
        assertEquals(tree(Fixtures.resource("chat-request-example.json")).get("message").get("message"),
                tree(protocol.call(m).request().body()).get("message").get("message"));
    }

    @Test
    void chatWithoutTranslationOmitsTheKeyAndWritesTheType() {
        ChatMessage m = ChatMessage.builder().caseId(CaseId.of(2069)).contactId(ContactId.of(597759))
                .text("internal").type(ChatMessageType.NOTE).build();
        JsonNode message = tree(protocol.call(m).request().body()).get("message");
        assertEquals(List.of("type", "message", "caseId"), keys(message));
        assertEquals("note", message.get("type").asText());
    }

    @Test
    void senderRoleComesFromTheMessageElseFromTheSettings() {
        ChatMessage asContact = ChatMessage.builder().caseId(CaseId.of(1)).contactId(ContactId.of(2))
                .text("hi").senderRole(SenderRole.CONTACT).build();
        assertTrue(protocol.call(asContact).request().uri().toString().endsWith("?contactId=2&-x-user-type=contact"));

        AcquireProtocol contactByDefault = new AcquireProtocol(ClientSettings.builder().baseUri(Fixtures.BASE)
                .apiKey(ApiKey.of(Fixtures.KEY)).defaultSenderRole(SenderRole.CONTACT).build());
        assertTrue(contactByDefault.call(Fixtures.chat()).request().uri().toString().endsWith("&-x-user-type=contact"));
        assertTrue(contactByDefault.call(Fixtures.sms()).request().uri().toString().endsWith("?-x-user-type=contact"));
    }

    @Test
    void mailUrlAndBodyWithEveryListPresent() {
        WireRequest r = protocol.call(Fixtures.mail()).request();

        assertEquals(URI.create("http://127.0.0.1:8080/acquire/api/v1/mail/add-message"), r.uri());
        assertEquals("POST /api/v1/mail/add-message", r.endpoint());
        assertEquals(tree("{\"data\":{\"caseId\":575,\"contactId\":597632,\"type\":\"message\",\"from\":\"user@acquire.io\","
                + "\"to\":[\"test@gmail.com\"],\"cc\":[],\"bcc\":[],\"subject\":\"test\","
                + "\"htmlBody\":\"This is the message body\"}}"), tree(r.body()));
        assertEquals(List.of("data"), keys(tree(r.body())));
        assertEquals(List.of("caseId", "contactId", "type", "from", "to", "cc", "bcc", "subject", "htmlBody"),
                keys(tree(r.body()).get("data")));
    }

    @Test
    void mailBodyEqualsTheDocumentedRawExample() {
        JsonNode documented = tree(Fixtures.resource("mail-request-example.json"));
        assertEquals(documented, tree(protocol.call(Fixtures.mail()).request().body()));
    }

    @Test
    void smsUrlAndBody() {
        WireRequest r = protocol.call(Fixtures.sms()).request();

        assertEquals(URI.create("http://127.0.0.1:8080/acquire/api/v1/voip/send-sms?-x-user-type=user"), r.uri());
        assertEquals("POST /api/v1/voip/send-sms", r.endpoint());
        JsonNode body = tree(r.body());
        assertEquals(tree("{\"From\":\"+12513188609\",\"To\":\"+919666929552\",\"contactId\":751069,\"Body\":\"hi\","
                + "\"threadId\":2219,\"timelineId\":2108}"), body);
        assertEquals(List.of("From", "To", "contactId", "Body", "threadId", "timelineId"), keys(body));
        // The documented raw body, reduced to the fields docs/wire-protocol.md lists, is what we send.
        JsonNode documented = tree(Fixtures.resource("sms-request-example.json"));
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            assertEquals(documented.get(field.getKey()), field.getValue(), field.getKey());
        }
    }

    @Test
    void everyRequestCarriesTheFourHeaders() {
        for (WireRequest r : List.of(protocol.call(Fixtures.chat()).request(), protocol.call(Fixtures.mail()).request(), protocol.call(Fixtures.sms()).request())) {
            assertEquals(List.of("Authorization", "Content-Type", "Accept", "User-Agent"),
                    r.headers().stream().map(Header::name).toList());
            assertEquals("Bearer " + Fixtures.KEY, r.header("authorization").orElseThrow());
            assertEquals("application/json", r.header("Content-Type").orElseThrow());
            assertEquals("application/json", r.header("Accept").orElseThrow());
            assertTrue(r.header("User-Agent").orElseThrow().startsWith("acquire4j/"));
        }
    }

    @Test
    void requestDispatchesOnTheMessageType() {
        assertEquals(protocol.call(Fixtures.chat()).request(), protocol.call(Fixtures.chat()).request());
        assertEquals(Operation.SEND_MAIL, protocol.call(Fixtures.mail()).operation());
        assertEquals(Operation.SEND_SMS, protocol.call(Fixtures.sms()).operation());
    }

    @Test
    void textIsEscapedAsJsonAndEncodedAsUtf8() {
        String text = "Quote \" backslash \\ newline \n tab \t <b>html</b> & emoji \uD83D\uDE00 é";
        ChatMessage m = ChatMessage.builder().caseId(CaseId.of(1)).contactId(ContactId.of(2)).text(text).build();
        assertEquals(text, tree(protocol.call(m).request().body()).get("message").get("message").asText());
    }

    @Test
    void baseUriWithoutPathPrefix() {
        AcquireProtocol p = new AcquireProtocol(ClientSettings.builder().account("acme").apiKey(ApiKey.of("k")).build());
        assertEquals("https://acme.acquire.io/api/v1/mail/add-message", p.call(Fixtures.mail()).request().uri().toString());
    }

    @Test
    void queryValuesAreUrlEncoded() {
        assertEquals("http://h/p?a+b=c%26d%3De&-x-user-type=%C3%A9+%2B",
                Endpoints.uri(URI.create("http://h"), "/p", "a b", "c&d=e", "-x-user-type", "é +").toString());
    }

    @Test
    void theSenderRoleParameterKeepsItsLeadingDash() {
        assertEquals("-x-user-type", Endpoints.SENDER_ROLE_PARAM);
        assertFalse(protocol.call(Fixtures.sms()).request().uri().getRawQuery().startsWith("x-user-type"));
    }

    /** Every field of {@code documented} is in {@code actual} with the same JSON node type, at every level. */
    private static void assertContainsShape(JsonNode documented, JsonNode actual) {
        for (Map.Entry<String, JsonNode> field : documented.properties()) {
            JsonNode ours = actual.get(field.getKey());
            assertTrue(ours != null, "missing field " + field.getKey());
            assertEquals(field.getValue().getNodeType(), ours.getNodeType(), field.getKey());
            if (field.getValue().isObject()) {
                assertContainsShape(field.getValue(), ours);
            }
        }
    }
}
