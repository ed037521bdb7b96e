package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.records.StoredMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code acquire send chat} over the JDK transport. */
class SendChatTest extends CliTestSupport {

    @Test
    void sendsAChatMessageAndPrintsTheAnswerAsATable() {
        SupportCase c = state.openCase(Channel.CHAT);
        Run run = run(concat(send("chat", baseUrl()), address(c), new String[] {"--text", "Your order has shipped"}))
                .expect(ExitCodes.SENT);

        StoredMessage stored = state.messages().get(0);
        assertEquals("Your order has shipped", stored.text());
        assertEquals(SenderRole.USER, stored.senderRole());
        assertEquals("message", stored.type());
        assertEquals(1, server.requestCount());
        assertTrue(run.out().contains("outcome     sent"), run.out());
        assertTrue(run.out().contains("message id  " + stored.id()), run.out());
        assertTrue(run.out().contains("case        " + c.id()), run.out());
        assertTrue(run.out().contains("transport   jdk"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void sendsANoteAsTheContactWithATranslation() {
        SupportCase c = state.openCase(Channel.CHAT);
        run(concat(send("chat", baseUrl(), "--as", "contact", "--type", "note", "--translate-to", "pt-BR"), address(c),
                new String[] {"--text", "Nota"})).expect(ExitCodes.SENT);

        StoredMessage stored = state.messages().get(0);
        assertEquals(SenderRole.CONTACT, stored.senderRole());
        assertEquals("note", stored.type());
        assertEquals("pt-BR", stored.translateLangKey().orElseThrow());
    }

    @Test
    void printsOneJsonObjectThatParsesBack() throws Exception {
        SupportCase c = state.openCase(Channel.CHAT);
        Run run = run(concat(send("chat", baseUrl(), "--json"), address(c), new String[] {"--text", "Hello \"there\"\n"}))
                .expect(ExitCodes.SENT);

        assertEquals(1, run.out().strip().lines().count(), run.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        StoredMessage stored = state.messages().get(0);
        assertEquals(stored.id().value(), json.get("id").asLong());
        assertEquals("chat", json.get("channel").asText());
        assertEquals(c.id().value(), json.get("caseId").asLong());
        assertEquals(c.threadId().orElseThrow().value(), json.get("threadId").asLong());
        assertEquals(c.contactId().orElseThrow().value(), json.get("contactId").asLong());
        assertTrue(json.get("timelineId").isNull(), "chat answers carry no timeline");
        assertEquals("user", json.get("senderRole").asText());
        assertTrue(json.get("senderId").canConvertToLong());
        assertEquals("message", json.get("type").asText());
        assertTrue(json.get("seen").isBoolean());
        assertEquals(stored.createdAt(), Instant.parse(json.get("createdAt").asText()));
    }
}
