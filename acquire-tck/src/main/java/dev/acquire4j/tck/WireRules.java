package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.CONTACT_NUMBER;
import static dev.acquire4j.tck.ContractMessages.INBOX;
import static dev.acquire4j.tck.ContractMessages.SENDER_NUMBER;
import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.mail;
import static dev.acquire4j.tck.ContractMessages.sms;
import static dev.acquire4j.tck.internal.Json.assertJsonEquals;
import static dev.acquire4j.tck.internal.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.LanguageTag;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.tck.internal.Json;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rules r3: the requests on the wire are exactly the documented ones (docs/wire-protocol.md). Only
 * fixtures with {@link Capability#WIRE} can show them; others skip these rules.
 */
public interface WireRules extends RuleGroup {

    /** Tests that a chat send is one POST to the chat path with contactId and -x-user-type=user and the documented body. */
    @Test
    default void r3_1_chatRequestIsTheDocumentedOne() {
        support().requireWire();
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().send(support().current().client(), chat(c, "Hi there"));
        RecordedRequest r = single(support().wire());
        assertEquals("POST", r.method());
        assertEquals("/api/v1/crm/messenger/chat/add-message", r.path());
        assertEquals(Map.of("contactId", List.of(c.contactId().orElseThrow().toString()),
                "-x-user-type", List.of("user")), r.queryParameters());
        JsonNode expected = Json.MAPPER.createObjectNode().put("channel", "chat").put("caseId", c.id().value())
                .set("message", Json.MAPPER.createObjectNode().put("type", "message").put("message", "Hi there")
                        .put("caseId", c.id().value()));
        assertJsonEquals(expected, json(r));
    }

    /** Tests that the CONTACT sender role travels as -x-user-type=contact on the chat and SMS endpoints. */
    @Test
    default void r3_2_contactRoleTravelsAsUserTypeContact() {
        support().requireWire();
        SupportCase c = support().state().openCase(Channel.CHAT);
        var client = support().current().client(support().state().validKey(), SenderRole.CONTACT);
        support().send(client, chat(c, "as contact"));
        support().send(client, sms(c, "sms as contact"));
        List<RecordedRequest> requests = support().wire();
        assertEquals(2, requests.size());
        for (RecordedRequest r : requests) {
            assertEquals(List.of("contact"), r.queryParameters().get("-x-user-type"), r.toString());
        }
    }

    /** Tests that translateLangKey travels inside the message object when asked, and is absent otherwise. */
    @Test
    default void r3_3_translateLangKeyTravelsInsideTheMessageObject() {
        support().requireWire();
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().send(support().current().client(), ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .text("Hello").translateTo(LanguageTag.of("en")).build());
        support().send(support().current().client(), chat(c, "plain"));
        List<RecordedRequest> requests = support().wire();
        assertEquals("en", json(requests.get(0)).path("message").path("translateLangKey").asText());
        assertFalse(json(requests.get(0)).has("translateLangKey"), "not at the top level");
        assertFalse(json(requests.get(1)).path("message").has("translateLangKey"), "absent when not asked");
    }

    /** Tests that a mail send is one POST to the mail path with the documented data object and no query. */
    @Test
    default void r3_4_mailRequestIsTheDocumentedOne() {
        support().requireWire();
        SupportCase c = support().state().openCase(Channel.EMAIL);
        support().send(support().current().client(), mail(c, "<p>Hi</p>"));
        RecordedRequest r = single(support().wire());
        assertEquals("POST", r.method());
        assertEquals("/api/v1/mail/add-message", r.path());
        assertTrue(r.queryParameters().isEmpty(), "the mail endpoint takes no query: " + r);
        var data = Json.MAPPER.createObjectNode().put("caseId", c.id().value())
                .put("contactId", c.contactId().orElseThrow().value()).put("type", "message").put("from", INBOX.value());
        data.putArray("to").add("ann@customer.example");
        data.putArray("cc").add("team@shop.example");
        data.putArray("bcc");
        data.put("subject", "Your order").put("htmlBody", "<p>Hi</p>");
        assertJsonEquals(Json.MAPPER.createObjectNode().set("data", data), json(r));
    }

    /** Tests that an SMS send is one POST to the SMS path with -x-user-type=user and the capitalised documented body. */
    @Test
    default void r3_5_smsRequestIsTheDocumentedOne() {
        support().requireWire();
        SupportCase c = support().state().openCase(Channel.SMS);
        support().send(support().current().client(), sms(c, "Hi by SMS"));
        RecordedRequest r = single(support().wire());
        assertEquals("POST", r.method());
        assertEquals("/api/v1/voip/send-sms", r.path());
        assertEquals(Map.of("-x-user-type", List.of("user")), r.queryParameters());
        JsonNode expected = Json.MAPPER.createObjectNode().put("From", SENDER_NUMBER.e164())
                .put("To", CONTACT_NUMBER.e164()).put("contactId", c.contactId().orElseThrow().value())
                .put("Body", "Hi by SMS").put("threadId", c.id().value())
                .put("timelineId", c.timelineId().orElseThrow().value());
        assertJsonEquals(expected, json(r));
    }

    /** Tests that every request carries the bearer key, JSON content type and accept, and a User-Agent naming acquire4j. */
    @Test
    default void r3_6_requestsCarryTheDocumentedHeaders() {
        support().requireWire();
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().send(support().current().client(), chat(c, "headers"));
        RecordedRequest r = single(support().wire());
        assertEquals(List.of("Bearer " + support().state().validKey().reveal()), r.headers().get("authorization"));
        assertTrue(r.header("content-type").orElse("").toLowerCase(Locale.ROOT).startsWith("application/json"),
                "Content-Type: " + r.header("content-type"));
        assertTrue(r.header("accept").orElse("").toLowerCase(Locale.ROOT).contains("application/json"),
                "Accept: " + r.header("accept"));
        assertTrue(r.header("user-agent").orElse("").toLowerCase(Locale.ROOT).contains("acquire4j"),
                "User-Agent: " + r.header("user-agent"));
    }

    private static RecordedRequest single(List<RecordedRequest> requests) {
        assertEquals(1, requests.size(), "exactly one request on the wire: " + requests);
        return requests.get(0);
    }
}
