package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.records.StoredMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acquire send mail} over the JDK transport. */
class SendMailTest extends CliTestSupport {
    @TempDir
    Path dir;

    private String[] mail(SupportCase c, String... more) {
        return concat(send("mail", baseUrl()), address(c), new String[] {"--from", "support@acme.example",
            "--subject", "Your order"}, more);
    }

    @Test
    void sendsToSeveralRecipientsWithCopies() {
        SupportCase c = state.openCase(Channel.EMAIL);
        Run run = run(mail(c, "--to", "ann@example.com", "--to", "bob@Example.COM", "--cc", "cat@example.com",
                "--bcc", "dan@example.com", "--html", "<p>Shipped.</p>")).expect(ExitCodes.SENT);

        StoredMessage stored = state.messages().get(0);
        assertEquals(Channel.EMAIL, stored.channel());
        assertEquals(List.of("ann@example.com", "bob@example.com"), stored.to());
        assertEquals(List.of("cat@example.com"), stored.cc());
        assertEquals(List.of("dan@example.com"), stored.bcc());
        assertEquals("Your order", stored.subject().orElseThrow());
        assertEquals("<p>Shipped.</p>", stored.text());
        assertTrue(run.out().contains("channel     email"), run.out());
    }

    @Test
    void readsTheBodyFromAFileAndPrintsJson() throws Exception {
        SupportCase c = state.openCase(Channel.EMAIL);
        Path html = Files.writeString(dir.resolve("body.html"), "<p>Ünïcode body</p>\n", StandardCharsets.UTF_8);
        Run run = run(mail(c, "--to", "ann@example.com", "--html-file", html.toString(), "--json")).expect(ExitCodes.SENT);

        assertEquals("<p>Ünïcode body</p>\n", state.messages().get(0).text());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("email", json.get("channel").asText());
        assertEquals(state.messages().get(0).id().value(), json.get("id").asLong());
        assertEquals(c.id().value(), json.get("caseId").asLong());
    }

    @Test
    void listsEveryBadAddressByOptionAndSendsNothing() {
        SupportCase c = state.openCase(Channel.EMAIL);
        Run run = run(concat(send("mail", baseUrl()), address(c), new String[] {"--from", "not-an-address",
            "--to", "ann@example.com", "--to", "Bob <bob@example.com>", "--cc", "cat@", "--subject", "two\nlines",
            "--html", "<p>x</p>"})).expect(ExitCodes.INVALID);

        assertTrue(run.err().startsWith("Invalid input; nothing was sent."), run.err());
        assertTrue(run.err().contains("--from: must contain exactly one @"), run.err());
        assertTrue(run.err().contains("--to[1]: "), run.err());
        assertTrue(run.err().contains("--cc: "), run.err());
        assertTrue(run.err().contains("--subject: must be a single line without control characters"), run.err());
        assertEquals(0, server.requestCount());
    }

    @Test
    void aMissingBodyFileIsInvalidInput() {
        SupportCase c = state.openCase(Channel.EMAIL);
        Path missing = dir.resolve("nope.html");
        Run run = run(mail(c, "--to", "ann@example.com", "--html-file", missing.toString())).expect(ExitCodes.INVALID);

        assertTrue(run.err().contains("--html-file: " + missing + " does not exist"), run.err());
        assertEquals(0, server.requestCount());
    }

    @Test
    void needsExactlyOneOfHtmlAndHtmlFile() {
        SupportCase c = state.openCase(Channel.EMAIL);
        run(mail(c, "--to", "ann@example.com")).expect(ExitCodes.INVALID);
        Run both = run(mail(c, "--to", "ann@example.com", "--html", "x", "--html-file", "x.html")).expect(ExitCodes.INVALID);
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        assertEquals(0, server.requestCount());
    }
}
