package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.RequestRejectedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What a server says reaches a terminal only with its control and bidi characters made visible, so
 * it cannot reorder, hide or recolour the rest of the line.
 */
class VisibleOutputTest {
    /** C0 but tab and LF, DEL, C1, the bidi embeddings, overrides, isolates and marks, and the line separators. */
    static final String INVISIBLE = "\u0000\u0007\u001b\r\u000b\u007f\u0080\u0085\u009b\u009f"
            + "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029";

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23})
    void escapesEachInvisibleCharacterOfAServerMessage(int index) {
        char c = INVISIBLE.charAt(index);
        String body = "{\"message\":\"case " + jsonEscape(c) + "closed\"}";
        String printed = FailureMessages.describe(new RequestRejectedException("refused",
                new FailureDetails(Operation.SEND_CHAT, "POST /api/v1/chat/add-message", 1, 400, "ERROR_INVALID_INPUT", body, null,
                        Duration.ZERO), null));
        assertNoInvisible(printed);
        assertTrue(printed.contains(String.format("\\u%04x", (int) c)) || printed.contains("\\r"), printed);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void escapesInvisibleCharactersInEveryErrorTheCommandPrints(boolean verbose) {
        String said = "unreadable \u202egnp.exe\u001b[2J\u0085 answer";
        StringWriter err = new StringWriter();
        Failing failing = new Failing(new MalformedResponseException(said,
                new FailureDetails(Operation.SEND_CHAT, "POST /api/v1/chat/add-message", 1, 200, null, said, null, null), null));
        CommandLine command = new CommandLine(failing).setExecutionExceptionHandler(new ErrorHandler())
                .setErr(new PrintWriter(err));
        command.execute(verbose ? new String[] {"--verbose"} : new String[0]);
        assertNoInvisible(err.toString().replace(System.lineSeparator(), "").replace("\t", ""));
        assertTrue(err.toString().contains("\\u202egnp.exe\\u001b[2J\\u0085"), err.toString());
        failing.toThrow = new IllegalStateException(said);
        err.getBuffer().setLength(0);
        command.execute();
        assertNoInvisible(err.toString().replace(System.lineSeparator(), ""));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void escapesInvisibleCharactersInTheAnswer(boolean json) {
        SentMessage sent = SentMessage.builder().id(MessageId.of(7)).channel(Channel.CHAT)
                .type("note\u202e\u0085\u001b[31m").build();
        String printed = json ? SentMessageView.json(sent) : SentMessageView.table(Transport.JDK, sent);
        assertNoInvisible(printed.replace(System.lineSeparator(), ""));
        assertTrue(printed.toLowerCase(java.util.Locale.ROOT).contains("note\\u202e\\u0085\\u001b[31m"), printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text", "r\u00e9sum\u00e9 \u65e5\u672c \ud83d\ude00", "tab\tkept"})
    void leavesVisibleTextAlone(String text) {
        String body = "{\"message\":\"" + text.replace("\t", "\\t") + "\"}";
        String printed = FailureMessages.describe(new RequestRejectedException("refused",
                new FailureDetails(Operation.SEND_CHAT, "POST /api/v1/chat/add-message", 1, 400, null, body, null, null), null));
        assertTrue(printed.endsWith("Acquire said: " + text.replace("\t", " ")), printed);
    }

    static void assertNoInvisible(String printed) {
        printed.chars().forEach(c -> assertFalse(c != '\n' && INVISIBLE.indexOf(c) >= 0,
                () -> String.format("U+%04X printed as is in: %s", c, printed)));
    }

    private static String jsonEscape(char c) {
        return String.format("\\u%04x", (int) c);
    }

    /** A command that throws what it is given, to drive the error handler as the real commands do. */
    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        @Option(names = "--verbose")
        boolean verbose;

        Exception toThrow;

        Failing(Exception toThrow) {
            this.toThrow = toThrow;
        }

        @Override
        public Integer call() throws Exception {
            throw toThrow;
        }
    }
}
