package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code acquire demo} and the help texts. */
class DemoAndHelpTest extends CliTestSupport {

    @Test
    void theDemoSendsOnEveryChannelAndShowsBothRefusals() {
        Run run = run("demo").expect(ExitCodes.SENT);
        assertEquals("", run.err());
        List<String> lines = run.out().lines().collect(Collectors.toList());
        assertTrue(lines.stream().anyMatch(l -> l.matches("TRANSPORT +CHANNEL +MESSAGE +CASE +CONTACT +OUTCOME")), run.out());
        List<String> transports = List.of("jdk", "vertx");
        for (String transport : transports) {
            for (String channel : List.of("chat", "email", "sms")) {
                assertTrue(lines.stream().anyMatch(l -> l.matches(transport + " +" + channel + " +\\d+ +\\d+ +\\d+ +sent")),
                        channel + " was sent over " + transport + ":\n" + run.out());
            }
            assertTrue(lines.stream().anyMatch(l -> l.matches(transport
                    + " +chat +- +\\d+ +\\d+ +refused: HTTP 400 ERROR_INVALID_INPUT .*")), run.out());
            assertTrue(lines.stream().anyMatch(l -> l.matches(transport
                    + " +chat +- +\\d+ +\\d+ +reopened: thread \\d+ of closed case \\d+ has active case \\d+")), run.out());
            assertTrue(lines.stream().anyMatch(l -> l.matches(transport
                    + " +chat +\\d+ +\\d+ +\\d+ +sent to the reopened case")), run.out());
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("- +sms +- +\\d+ +\\d+ +invalid: to must start with \\+.*")), run.out());
        // Per transport: three sends, the refused one, reopen, the send to the reopened case, close.
        int requests = 7 * transports.size();
        assertTrue(run.out().contains(requests + " before, " + requests + " after"),
                "the invalid SMS made no request:\n" + run.out());
        assertTrue(run.out().contains("stored " + 4 * transports.size() + " messages from " + requests + " requests"),
                run.out());
    }

    @Test
    void theDemoRunsOverHttps() {
        Run run = run("demo", "--https").expect(ExitCodes.SENT);
        assertEquals("", run.err());
        assertTrue(run.out().contains("listening on https://127.0.0.1:"), run.out());
        List<String> lines = run.out().lines().collect(Collectors.toList());
        for (String transport : List.of("jdk", "vertx")) {
            for (String channel : List.of("chat", "email", "sms")) {
                assertTrue(lines.stream().anyMatch(l -> l.matches(transport + " +" + channel + " +\\d+ +\\d+ +\\d+ +sent")),
                        channel + " was sent over HTTPS with " + transport + ":\n" + run.out());
            }
        }
        // The same run as over plain HTTP: per transport three sends, the refused one, reopen, the send to the reopened case, close.
        assertTrue(run.out().matches("(?s).*stored 8 messages from 14 requests over \\d+ TLS connections \\(TLSv1\\.[23](, TLSv1\\.[23])?\\)\\..*"),
                run.out());
    }

    @Test
    void everyHelpEndsWithTheExitCodes() {
        for (String[] command : new String[][] {{"--help"}, {"demo", "--help"}, {"send", "--help"},
            {"send", "chat", "--help"}, {"send", "mail", "--help"}, {"send", "sms", "--help"}}) {
            Run run = run(command).expect(ExitCodes.SENT);
            assertTrue(run.out().contains("Exit codes:"), run.out());
            assertTrue(run.out().contains("  3  refused by the Acquire API"), run.out());
        }
    }

    @Test
    void sendHelpListsTheDocumentedOptions() {
        String mail = run("send", "mail", "--help").out();
        for (String option : List.of("--contact-id=N", "--case-id=N", "--from=ADDR", "--to=ADDR", "--cc=ADDR", "--bcc=ADDR",
                "--subject=TEXT", "--html=HTML", "--html-file=FILE", "--account=ID", "--base-url=URL", "--transport=jdk|vertx",
                "--as=user|contact", "--timeout=DURATION", "--json", "--verbose", "--api-key-file=FILE")) {
            assertTrue(mail.contains(option), option + " in:\n" + mail);
        }
        String sms = run("send", "sms", "--help").out();
        for (String option : List.of("--thread-id=N", "--timeline-id=N", "--from=E164", "--to=E164", "--text=TEXT")) {
            assertTrue(sms.contains(option), option + " in:\n" + sms);
        }
        String chat = run("send", "chat", "--help").out();
        assertTrue(chat.contains("--type=message|note|event") && chat.contains("--translate-to=TAG"), chat);
    }

    @Test
    void versionNamesTheLibrary() {
        assertTrue(run("--version").expect(ExitCodes.SENT).out().startsWith("acquire "));
    }
}
