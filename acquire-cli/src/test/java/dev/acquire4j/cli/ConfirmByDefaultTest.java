package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.faults.ServerFault;
import org.junit.jupiter.api.Test;

/**
 * {@code acquire send} confirms an unknown outcome by default: the black-box check of issue 14
 * against a scripted server that stores and then resets, or resets without storing.
 */
class ConfirmByDefaultTest extends CliTestSupport {
    private String[] chat(SupportCase c, String... more) {
        return concat(send("chat", baseUrl()), address(c), new String[] {"--text", "hello"}, more);
    }

    private long requests(String method) {
        return server.requests().stream().filter(r -> method.equals(r.method())).count();
    }

    @Test
    void storedThenResetExits0AfterOneSendAndARead() {
        server.script(ServerFault.resetAfterRead());
        run(chat(state.openCase(Channel.CHAT))).expect(ExitCodes.SENT);
        assertEquals(1, requests("POST"), "exactly one send request");
        assertTrue(requests("GET") >= 1, "at least one read request");
        assertEquals(1, state.messageCount(), "one copy");
    }

    @Test
    void resetWithoutStoringExits0AfterTwoSends() {
        server.script(ServerFault.resetWithoutStoring());
        run(chat(state.openCase(Channel.CHAT))).expect(ExitCodes.SENT);
        assertEquals(2, requests("POST"), "exactly two send requests");
        assertEquals(1, state.messageCount(), "one copy");
    }

    @Test
    void noConfirmExits4AtOnce() {
        server.script(ServerFault.resetWithoutStoring());
        run(chat(state.openCase(Channel.CHAT), "--no-confirm")).expect(ExitCodes.OUTCOME_UNKNOWN);
        assertEquals(1, server.requestCount(), "no read, no resend");
    }

    @Test
    void exit4WhenTheConfirmationFailsSaysWhatToCheck() {
        server.script(ServerFault.resetWithoutStoring(), ServerFault.status(403, "ERROR_UNAUTHORIZED_ACCESS"));
        Run run = run(chat(state.openCase(Channel.CHAT))).expect(ExitCodes.OUTCOME_UNKNOWN);
        assertTrue(run.err().contains("Reading the case back to confirm it failed too (HTTP 403 ERROR_UNAUTHORIZED_ACCESS)"),
                run.err());
        assertTrue(run.err().contains("check that the key may read cases"), run.err());
        assertEquals(1, requests("POST"), "not confirmed, so not sent again");
    }

    @Test
    void helpSaysSendsConfirmByDefault() {
        Run run = run("send", "chat", "--help").expect(ExitCodes.SENT);
        assertTrue(run.out().contains("--no-confirm"), run.out());
        assertTrue(run.out().contains("the case is read back"), run.out());
    }
}
