package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.testkit.InMemoryAcquire;
import dev.acquire4j.testkit.records.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code acquire message get|edit|delete} through both transports against the strict fake server. */
class MessageCommandsTest extends CliTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private String[] messageCommand(String sub, String transport, String... more) {
        return concat(new String[] {"message", sub, "--base-url", baseUrl(), "--transport", transport}, more);
    }

    /** Stores a chat message straight into the account, so that the server sees only the command's requests. */
    private MessageId stored(String text) {
        SupportCase c = state.openCase(Channel.CHAT);
        try (InMemoryAcquire direct = InMemoryAcquire.of(state)) {
            return direct.chat().send(ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                    .text(text).build()).id();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void getPrintsTheMessage(String transport) throws Exception {
        MessageId id = stored("Your order has shipped");
        Run run = run(messageCommand("get", transport, "--message-id", id.toString(), "--json")).expect(ExitCodes.SENT);

        JsonNode out = JSON.readTree(run.out());
        assertEquals("found", out.get("outcome").asText());
        assertEquals(id.value(), out.get("id").asLong());
        assertEquals("Your order has shipped", out.get("text").asText());
        RecordedRequest request = server.requests().get(0);
        assertEquals("GET", request.method());
        assertEquals("/api/v1/crm/objects/case-message/" + id, request.path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void editReplacesTheText(String transport) throws Exception {
        MessageId id = stored("Your order has shiped");
        Run run = run(messageCommand("edit", transport, "--message-id", id.toString(), "--text", "Your order has shipped"))
                .expect(ExitCodes.SENT);

        assertTrue(run.out().contains("outcome     edited"), run.out());
        assertEquals("Your order has shipped", state.findMessage(id).orElseThrow().text());
        RecordedRequest request = server.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/api/v1/crm/messenger/chat/message/" + id, request.path());
        assertEquals("Your order has shipped", JSON.readTree(request.bodyText()).get("message").get("message").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void deleteRemovesTheMessage(String transport) {
        MessageId id = stored("Sent by mistake");
        Run run = run(messageCommand("delete", transport, "--message-id", id.toString())).expect(ExitCodes.SENT);

        assertTrue(run.out().contains("outcome     deleted"), run.out());
        assertTrue(state.findMessage(id).isEmpty());
        RecordedRequest request = server.requests().get(0);
        assertEquals("DELETE", request.method());
        assertEquals("/api/v1/crm/objects/case-message/" + id, request.path());
        run(messageCommand("get", transport, "--message-id", id.toString())).expect(ExitCodes.REFUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void invalidInputExits2AndReachesNoServer(String transport) {
        Run bad = run(messageCommand("edit", transport, "--message-id", "-3", "--text", "  ", "--translate-to", "not a tag"))
                .expect(ExitCodes.INVALID);
        assertTrue(bad.err().contains("--message-id"), bad.err());
        assertTrue(bad.err().contains("--text"), bad.err());
        assertTrue(bad.err().contains("--translate-to"), bad.err());
        run(messageCommand("get", transport, "--message-id", "abc")).expect(ExitCodes.INVALID);
        run(messageCommand("delete", transport, "--message-id", "0")).expect(ExitCodes.INVALID);
        assertEquals(0, server.requestCount());
    }
}
