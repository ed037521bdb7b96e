package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key comes from the environment or a file, never from an argument, and is never printed. */
class ApiKeyTest extends CliTestSupport {
    @TempDir
    Path dir;

    private String[] chat(String... more) {
        return concat(send("chat", baseUrl()), address(state.openCase(Channel.CHAT)), new String[] {"--text", "hi"}, more);
    }

    @Test
    void aMissingKeySaysHowToProvideOne() {
        environment.remove(SendOptions.KEY_VARIABLE);
        Run run = run(chat()).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("No API key"), run.err());
        assertTrue(run.err().contains("ACQUIRE_API_KEY"), run.err());
        assertTrue(run.err().contains("--api-key-file FILE"), run.err());
        assertEquals(0, server.requestCount());
    }

    @Test
    void aBlankVariableCountsAsMissing() {
        environment.put(SendOptions.KEY_VARIABLE, "  ");
        assertTrue(run(chat()).expect(ExitCodes.INVALID).err().contains("No API key"));
    }

    @Test
    void aKeyFileThatDoesNotExistIsNamed() {
        Path missing = dir.resolve("no-such-key");
        Run run = run(chat("--api-key-file", missing.toString())).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("--api-key-file: the API key file " + missing + " does not exist"), run.err());
        assertEquals(0, server.requestCount());
    }

    @Test
    void theFileWinsOverTheVariableAndItsTrailingNewlineIsIgnored() throws Exception {
        environment.put(SendOptions.KEY_VARIABLE, "a-wrong-key-that-would-get-401");
        secret("a-wrong-key-that-would-get-401");
        Path file = Files.writeString(dir.resolve("key"), state.validKey().reveal() + "\n");
        run(chat("--api-key-file", file.toString())).expect(ExitCodes.SENT);
        assertEquals(1, state.messageCount());
    }

    @Test
    void anEmptyKeyFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("key"), "\n");
        Run run = run(chat("--api-key-file", file.toString())).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("is empty"), run.err());
    }

    @Test
    void aMalformedKeyIsRefusedWithoutShowingIt() throws Exception {
        String malformed = "two words-" + "x".repeat(20);
        secret(malformed);
        Path file = Files.writeString(dir.resolve("key"), malformed);
        Run run = run(chat("--api-key-file", file.toString())).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("is malformed"), run.err());
        assertEquals(0, server.requestCount());
    }

    @Test
    void thereIsNoKeyOptionAndTheValueIsNotEchoed() {
        String leaked = "sk-live-do-not-echo-me";
        secret(leaked);
        for (String[] attempt : new String[][] {{"--api-key", leaked}, {"--api-key=" + leaked}, {"--token", leaked}}) {
            Run run = run(chat(attempt)).expect(ExitCodes.INVALID);
            assertTrue(run.err().contains("There is no option for the API key"), run.err());
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void helpOffersNoKeyOption() {
        String help = run("send", "chat", "--help").expect(ExitCodes.SENT).out();
        assertTrue(help.contains("--api-key-file=FILE"), help);
        assertFalse(help.replace("--api-key-file", "").contains("--api-key"), help);
    }
}
