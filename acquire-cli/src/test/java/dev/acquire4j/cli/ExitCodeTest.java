package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Every exit code, and that errors are short sentences on stderr without a stack trace unless asked. */
class ExitCodeTest extends CliTestSupport {
    private static final String STACK_FRAME = "\tat ";

    private String[] chat(SupportCase c, String baseUrl, String... more) {
        return concat(send("chat", baseUrl), address(c), new String[] {"--text", "hello"}, more);
    }

    @Test
    void exit0WhenSent() {
        run(chat(state.openCase(Channel.CHAT), baseUrl())).expect(ExitCodes.SENT);
        assertEquals(1, state.messageCount());
    }

    @Test
    void exit2ForBadUsageWithNothingSent() {
        Run run = run("send", "chat", "--base-url", baseUrl(), "--text", "hello").expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("--contact-id"), run.err());
        assertTrue(run.err().contains("Run 'acquire send chat --help' for usage."), run.err());
        run("send", "chat", "--bogus").expect(ExitCodes.INVALID);
        run("send").expect(ExitCodes.INVALID);
        run().expect(ExitCodes.INVALID);
        assertEquals(0, server.requestCount());
    }

    @Test
    void exit2ForInvalidInputListsEveryFieldInOneErrorWithNothingSent() {
        Run run = run("send", "chat", "--base-url", baseUrl(), "--contact-id", "abc", "--case-id", "0",
                "--text", "  ", "--translate-to", "not a tag").expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("--contact-id: must be a positive whole number"), run.err());
        assertTrue(run.err().contains("--case-id: must be a positive number"), run.err());
        assertTrue(run.err().contains("--text: must not be blank"), run.err());
        assertTrue(run.err().contains("--translate-to: must be a well-formed BCP 47 language tag"), run.err());
        assertFalse(run.err().contains(STACK_FRAME), run.err());
        assertEquals("", run.out());
        assertEquals(0, server.requestCount());
    }

    @Test
    void exit3WhenTheApiRefusesAClosedCase() {
        SupportCase c = state.openCase(Channel.CHAT);
        state.closeCase(c.id());
        Run run = run(chat(c, baseUrl())).expect(ExitCodes.REFUSED);
        assertTrue(run.err().startsWith("Acquire refused the chat message with HTTP 400 ERROR_INVALID_INPUT; it was not sent."),
                run.err());
        assertTrue(run.err().contains("only active cases"), "the server's reason is shown: " + run.err());
        assertFalse(run.err().contains(STACK_FRAME), run.err());
        assertEquals(0, state.messageCount());
    }

    @Test
    void exit3WhenTheKeyIsRefused() {
        environment.put(SendOptions.KEY_VARIABLE, state.forbiddenKey().reveal());
        Run run = run(chat(state.openCase(Channel.CHAT), baseUrl())).expect(ExitCodes.REFUSED);
        assertTrue(run.err().contains("HTTP 403 ERROR_UNAUTHORIZED_ACCESS"), run.err());
    }

    @Test
    void exit4WhenTheOutcomeIsUnknown() {
        server.failNext(500, "ERROR_SERVER_ERROR");
        Run run = run(chat(state.openCase(Channel.CHAT), baseUrl(), "--no-confirm")).expect(ExitCodes.OUTCOME_UNKNOWN);
        assertEquals("The chat message may have been sent: Acquire answered HTTP 500 ERROR_SERVER_ERROR."
                + " Check the case's messages before sending it again.", run.err().strip());
        assertFalse(run.err().contains(STACK_FRAME), run.err());
        assertEquals(1, server.requestCount());
    }

    @Test
    void exit5WhenTheApiCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        Run run = run(chat(state.openCase(Channel.CHAT), "http://127.0.0.1:" + closedPort)).expect(ExitCodes.UNREACHABLE);
        assertTrue(run.err().startsWith("Could not connect to Acquire"), run.err());
        assertTrue(run.err().contains("was not sent"), run.err());
        assertFalse(run.err().contains(STACK_FRAME), run.err());
    }

    @Test
    void verbosePrintsTheStackTraceButNotTheKey() {
        server.failNext(500, "ERROR_SERVER_ERROR");
        Run run = run(chat(state.openCase(Channel.CHAT), baseUrl(), "--verbose", "--no-confirm"))
                .expect(ExitCodes.OUTCOME_UNKNOWN);
        assertTrue(run.err().contains(STACK_FRAME), run.err());
        assertTrue(run.err().contains("ServerErrorException"), run.err());
    }
}
