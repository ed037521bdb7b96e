package dev.acquire4j.protocol;

import static dev.acquire4j.protocol.Fixtures.NO_HEADERS;
import static dev.acquire4j.protocol.Fixtures.resource;
import static dev.acquire4j.protocol.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.protocol.spi.WireRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A case read with its stored messages through the case list ({@code relations=messages}). */
class CaseMessagesRelationTest {
    private final AcquireProtocol protocol = Fixtures.protocol();
    private final Call<Optional<ListedCase>> call = protocol.caseWithMessages(CaseId.of(2068));

    @Test
    void asksTheListForTheOneCaseWithDocumentedRelationsOnly() {
        WireRequest w = call.request();
        assertEquals("GET", w.method());
        assertEquals("http://127.0.0.1:8080/acquire/api/v1/crm/objects/case?where=id%7Ceq%7C2068"
                + "&relations=contact%7Cmessages%7Ctimeline", w.uri().toString());
        assertEquals("GET /api/v1/crm/objects/case", w.endpoint());
        assertEquals(0, w.body().length);
        assertEquals(Operation.QUERY_CASES, call.operation());
        assertTrue(call.operation().idempotent());
    }

    @Test
    void readsEachChannelsContentFromWhereItIsStored() {
        String page = "{\"data\":{\"page\":0,\"offset\":0,\"limit\":10,\"count\":1,\"data\":[{\"id\":2068,"
                + "\"channel\":\"chat\",\"status\":\"active\",\"contact\":[{\"id\":5}],\"timeline\":[{\"id\":77}],"
                + "\"threadId\":2068,\"messages\":["
                + "{\"id\":8285,\"caseId\":2068,\"channel\":\"chat\",\"senderId\":1,\"senderType\":\"user\",\"type\":\"message\","
                + "\"message\":\"hijk\",\"dateCreated\":\"2021-03-30T15:15:52.000Z\",\"dateUpdated\":\"2021-03-30T15:16:02.000Z\","
                + "\"seen\":\"no\",\"meta\":{}},"
                + "{\"id\":8286,\"caseId\":2068,\"channel\":\"email\",\"senderType\":\"user\",\"type\":\"message\","
                + "\"subject\":\"Your order\",\"htmlBody\":\"<p>Shipped</p>\",\"textBody\":\"Shipped\"},"
                + "{\"id\":\"8287\",\"caseId\":2068,\"channel\":\"voip\",\"senderType\":\"contact\",\"type\":\"sms\",\"Body\":\"hi\"}"
                + "]}]}}";
        ListedCase c = read(page).orElseThrow();
        assertEquals(Optional.of(ContactId.of(5)), c.supportCase().contactId(), "contact as a one-element array");
        assertEquals(Optional.of(TimelineId.of(77)), c.supportCase().timelineId(), "timeline as a one-element array");
        assertTrue(c.messagesRead());
        assertEquals(3, c.messages().size());
        CaseMessage chat = c.messages().get(0);
        assertEquals(CaseMessage.builder().id(MessageId.of(8285)).caseId(CaseId.of(2068)).channel(Channel.CHAT)
                .rawChannel("chat").type("message").senderRole(SenderRole.USER).senderId(1).text("hijk").seen(false)
                .createdAt(Instant.parse("2021-03-30T15:15:52Z")).updatedAt(Instant.parse("2021-03-30T15:16:02Z"))
                .build(), chat);
        CaseMessage mail = c.messages().get(1);
        assertEquals(Optional.of(Channel.EMAIL), mail.channel());
        assertEquals(Optional.of("<p>Shipped</p>"), mail.text(), "a mail's content is its HTML body");
        assertEquals(Optional.of("Your order"), mail.subject());
        assertEquals(OptionalLong.empty(), mail.senderId());
        CaseMessage sms = c.messages().get(2);
        assertEquals(MessageId.of(8287), sms.id());
        assertEquals(Optional.of(Channel.SMS), sms.channel());
        assertEquals(Optional.of("voip"), sms.rawChannel());
        assertEquals(Optional.of(SenderRole.CONTACT), sms.senderRole());
        assertEquals(Optional.of("hi"), sms.text());
        assertFalse(chat.toString().contains("hijk"), "content is masked: " + chat);
        assertFalse(mail.toString().contains("Your order"), "the subject is masked: " + mail);
    }

    @Test
    void aCaseWithNoMessagesIsReadAsSuchAndAnotherCaseIsNotTaken() {
        ListedCase c = read(page("{\"id\":2068,\"status\":\"active\",\"messages\":[]}")).orElseThrow();
        assertTrue(c.messagesRead());
        assertTrue(c.messages().isEmpty());
        assertEquals(Optional.empty(), read(page("{\"id\":9,\"status\":\"active\",\"messages\":[]}")));
        assertEquals(Optional.empty(), read("{\"data\":{\"page\":0,\"offset\":0,\"limit\":10,\"count\":0,\"data\":[]}}"));
    }

    @Test
    void answersThatCannotBeReadWholeAreMalformedNeverNoMessages() {
        // The messages were asked for but did not come.
        assertThrows(MalformedResponseException.class, () -> read(page("{\"id\":2068,\"status\":\"active\"}")));
        // A message without an id cannot be accounted for.
        assertThrows(MalformedResponseException.class,
                () -> read(page("{\"id\":2068,\"messages\":[{\"message\":\"hi\"}]}")));
        assertThrows(MalformedResponseException.class, () -> read(page("{\"id\":2068,\"messages\":[\"hi\"]}")));
        // No page data.
        assertThrows(MalformedResponseException.class, () -> read("{\"data\":{\"data\":[]}}"));
        // The docs' own list example carries no messages.
        assertThrows(MalformedResponseException.class, () -> read(new String(resource("case-list-answer.json"),
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String page(String oneCase) {
        return "{\"data\":{\"page\":0,\"offset\":0,\"limit\":10,\"count\":1,\"data\":[" + oneCase + "]}}";
    }

    private Optional<ListedCase> read(String body) {
        return protocol.read(call, 200, NO_HEADERS, utf8(body), 1);
    }
}
