package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.records.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code acquire case open|close|reopen} through both transports against the strict fake server. */
class CaseCommandsTest extends CliTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private String[] caseCommand(String sub, String transport, String... more) {
        return concat(new String[] {"case", sub, "--base-url", baseUrl(), "--transport", transport}, more);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void openSendsTheOptionsAndPrintsTheNewCase(String transport) throws Exception {
        ContactId contact = state.addContact().id();
        Run run = run(caseCommand("open", transport, "--contact-id", contact.toString(), "--title", "Order 1042",
                "--text", "Hello", "--agent-id", "25", "--json")).expect(ExitCodes.SENT);

        SupportCase opened = state.cases().get(0);
        JsonNode out = JSON.readTree(run.out());
        assertEquals("opened", out.get("outcome").asText());
        assertEquals(opened.id().value(), out.get("caseId").asLong());
        assertEquals("active", out.get("status").asText());
        assertEquals("Hello", state.messages(opened.id()).get(0).text());
        RecordedRequest request = server.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/api/v1/crm/messenger/chat/create", request.path());
        assertEquals("contactId=" + contact, request.rawQuery().orElse(""));
        JsonNode body = JSON.readTree(request.bodyText());
        assertEquals("Order 1042", body.get("title").asText());
        assertEquals("Hello", body.get("message").get("message").asText());
        assertEquals(25, body.get("agentId").asLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void closeClosesTheCaseWithItsOptions(String transport) throws Exception {
        SupportCase c = state.openCase(Channel.CHAT);
        Run run = run(caseCommand("close", transport, "--case-id", c.id().toString(), "--closing-state", "handled",
                "--no-archive", "--ask-feedback")).expect(ExitCodes.SENT);

        assertEquals(CaseStatus.CLOSED, state.findCase(c.id()).orElseThrow().status());
        assertTrue(run.out().contains("outcome          closed"), run.out());
        assertTrue(run.out().contains("case             " + c.id()), run.out());
        RecordedRequest request = server.requests().get(0);
        assertEquals("/api/v1/crm/messenger/chat/close", request.path());
        JsonNode body = JSON.readTree(request.bodyText());
        assertEquals(c.id().value(), body.get("caseId").asLong());
        assertEquals("handled", body.get("closingState").asText());
        assertEquals("no", body.get("archive").asText());
        assertTrue(body.get("askFeedback").asBoolean());
        assertEquals(4, body.size(), body.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void reopenGivesANewActiveCaseInTheThreadThatTakesAMessage(String transport) throws Exception {
        SupportCase c = state.closeCase(state.openCase(Channel.CHAT).id());
        String contact = c.contactId().orElseThrow().toString();
        run(concat(send("chat", baseUrl(), "--transport", transport), address(c), new String[] {"--text", "refused"}))
                .expect(ExitCodes.REFUSED);
        Run run = run(caseCommand("reopen", transport, "--contact-id", contact, "--thread-id",
                c.threadId().orElseThrow().toString(), "--json")).expect(ExitCodes.SENT);

        JsonNode out = JSON.readTree(run.out());
        CaseId reopened = CaseId.of(out.get("caseId").asLong());
        assertNotEquals(c.id(), reopened);
        assertEquals(c.threadId().orElseThrow().value(), out.get("threadId").asLong());
        RecordedRequest request = server.requests().get(1);
        assertEquals("/api/v1/crm/messenger/chat/create", request.path());
        assertEquals(c.threadId().orElseThrow().value(), JSON.readTree(request.bodyText()).get("threadId").asLong());
        run(concat(send("chat", baseUrl(), "--transport", transport), new String[] {"--contact-id", contact,
            "--case-id", reopened.toString(), "--text", "welcome back"})).expect(ExitCodes.SENT);
        assertEquals(1, state.messages(reopened).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void anUnknownCaseIsRefusedWithExit3(String transport) {
        Run run = run(caseCommand("close", transport, "--case-id", "987654")).expect(ExitCodes.REFUSED);
        assertTrue(run.err().contains("refused the request to close a case with HTTP 404"), run.err());
        assertTrue(run.err().contains("nothing was done"), run.err());
        assertEquals(1, server.requestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void invalidInputExits2AndReachesNoServer(String transport) {
        Run bad = run(caseCommand("close", transport, "--case-id", "x1", "--closing-state", "not a state"))
                .expect(ExitCodes.INVALID);
        assertTrue(bad.err().contains("--case-id"), bad.err());
        assertTrue(bad.err().contains("--closing-state"), bad.err());
        Run blank = run(caseCommand("open", transport, "--contact-id", "5", "--title", " ", "--agent-id", "-1"))
                .expect(ExitCodes.INVALID);
        assertTrue(blank.err().contains("--title"), blank.err());
        assertTrue(blank.err().contains("--agent-id"), blank.err());
        run(caseCommand("reopen", transport, "--contact-id", "5", "--thread-id", "0")).expect(ExitCodes.INVALID);
        assertEquals(0, server.requestCount());
    }
}
