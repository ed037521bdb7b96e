package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code acquire case get} and {@code acquire case list}, against the strict fake server, through both transports. */
class CaseQueryCommandsTest extends CliTestSupport {

    private String[] caseCommand(String name, String transport, String... more) {
        return Stream.concat(Stream.of("case", name, "--base-url", baseUrl(), "--transport", transport), Stream.of(more))
                .toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void getPrintsTheCaseAskingOnlyForTheDocumentedRelation(String transport) throws Exception {
        SupportCase c = state.openCase(Channel.SMS);
        Run run = run(caseCommand("get", transport, "--case-id", c.id().toString())).expect(ExitCodes.SENT);
        assertTrue(run.out().contains("status     active"), run.out());
        assertTrue(run.out().contains("thread     " + c.threadId().orElseThrow()), run.out());
        RecordedRequest r = server.requests().get(0);
        assertEquals("GET", r.method());
        assertEquals("/api/v1/crm/objects/case/" + c.id(), r.path());
        assertEquals(Optional.of("contact"), r.queryParameter("relations"));

        Run json = run(caseCommand("get", transport, "--case-id", c.id().toString(), "--json")).expect(ExitCodes.SENT);
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertEquals(c.id().value(), node.get("id").asLong());
        assertEquals(c.contactId().orElseThrow().value(), node.get("contactId").asLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "vertx"})
    void listFiltersByEveryConditionAndPrintsThePageData(String transport) throws Exception {
        state.pageCasesBy(2);
        SupportCase first = state.openCase(Channel.CHAT);
        String contact = first.contactId().orElseThrow().toString();
        SupportCase second = state.openCase(first.contactId().orElseThrow(), Channel.SMS);
        state.openCase(first.contactId().orElseThrow(), Channel.CHAT);
        state.closeCase(state.openCase(first.contactId().orElseThrow(), Channel.CHAT).id());
        state.openCase(Channel.CHAT);

        Run run = run(caseCommand("list", transport, "--contact-id", contact, "--status", "active")).expect(ExitCodes.SENT);
        assertTrue(run.out().startsWith("page 0, offset 0, limit 2, count 3: 2 case(s) shown, more on other pages"),
                run.out());
        assertTrue(run.out().contains(first.id().toString()) && run.out().contains(second.id().toString()), run.out());
        assertTrue(run.out().contains(second.timelineId().orElseThrow().toString()), "the timeline relation: " + run.out());
        RecordedRequest r = server.requests().get(0);
        assertEquals(List.of("contactId|eq|" + contact, "status|eq|active"), r.queryParameters().get("where"));
        assertEquals(Optional.of("contact|timeline"), r.queryParameter("relations"));

        Run json = run(caseCommand("list", transport, "--where", "contactId:eq:" + contact, "--where", "status:eq:active",
                "--page", "1", "--json")).expect(ExitCodes.SENT);
        JsonNode page = new ObjectMapper().readTree(json.out());
        assertEquals(1, page.get("page").asLong());
        assertEquals(3, page.get("count").asLong());
        assertEquals(1, page.get("cases").size());
        assertEquals(Optional.of("1"), server.requests().get(1).queryParameter("page"));
    }

    @Test
    void invalidInputExitsTwoAndReachesNoServer() {
        Run run = run(caseCommand("list", "jdk", "--contact-id", "abc", "--where", "title:like:x",
                "--where", "nosuch:eq:1", "--where", "contactId:eq:-4", "--page", "-1")).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("--contact-id"), run.err());
        assertTrue(run.err().contains("--where[0]") && run.err().contains("only eq"), run.err());
        assertTrue(run.err().contains("--where[1]") && run.err().contains("names no column"), run.err());
        assertTrue(run.err().contains("--where[2]") && run.err().contains("positive whole number"), run.err());
        assertTrue(run.err().contains("--page"), run.err());
        run(caseCommand("get", "vertx", "--case-id", "0")).expect(ExitCodes.INVALID);
        run(caseCommand("list", "jdk", "--status", "a|b")).expect(ExitCodes.INVALID);
        assertEquals(0, server.requestCount(), "no request reached the server");
    }

    @Test
    void anUnknownCaseExitsThreeAndAMissingKeyTwo() {
        run(caseCommand("get", "jdk", "--case-id", "987654")).expect(ExitCodes.REFUSED);
        environment.remove(SendOptions.KEY_VARIABLE);
        run(caseCommand("list", "jdk")).expect(ExitCodes.INVALID);
        assertEquals(1, server.requestCount());
    }

    @Test
    void aServerErrorExitsFourAndAnUnreachableServerFive() {
        // A lookup changes nothing: the default policy tries it three times, then gives up.
        for (int i = 0; i < 3; i++) {
            server.failNext(500, "ERROR_SERVER_ERROR");
        }
        run(caseCommand("list", "jdk")).expect(ExitCodes.OUTCOME_UNKNOWN);
        assertEquals(3, server.requestCount());
        String closedUrl = baseUrl();
        server.close();
        Run unreachable = run("case", "get", "--base-url", closedUrl, "--case-id", "5");
        assertEquals(ExitCodes.UNREACHABLE, unreachable.exitCode(), unreachable.err());
    }
}
