package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code acquire completion bash|zsh}: a script generated from the command definitions. */
class CompletionCommandTest extends CliTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh"})
    void theScriptNamesEverySubcommandAndOption(String shell) {
        String script = run("completion", shell).expect(ExitCodes.SENT).out();

        assertTrue(script.contains("complete -F _complete_acquire"), "registers a completion function for acquire");
        for (String word : List.of("demo", "send", "fake-server", "completion", "chat", "mail", "sms", "--seed-cases", "--base-url")) {
            assertTrue(script.contains(word), () -> "the script does not name " + word);
        }
        assertTrue(script.contains("bashcompinit"), "loads zsh's bash-completion emulation when sourced by zsh");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        Run run = run("completion", "fish").expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("fish"), run.err());
        assertEquals("", run.out());
    }
}
