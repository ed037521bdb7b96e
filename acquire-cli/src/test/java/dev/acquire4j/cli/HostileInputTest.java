package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.acquire4j.domain.Channel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input a user or a script may get wrong in ways that used to leak or hang: passwords in URLs,
 * secrets in unknown options, and files that are huge, endless or not files at all.
 */
class HostileInputTest extends CliTestSupport {
    private static final String PASSWORD = "pw-s3cr3t-do-not-print";

    @TempDir
    Path dir;

    private String[] chat(String baseUrl, String... more) {
        return concat(send("chat", baseUrl), address(state.openCase(Channel.CHAT)), new String[] {"--text", "hi"}, more);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:" + PASSWORD + "@example.com", "https://user:" + PASSWORD + "@exa mple.com",
        "http://user:" + PASSWORD + "@127.0.0.1:99999", "https://user:" + PASSWORD + "@example.com/%zz",
        "https://user:" + PASSWORD + "@[::1", "user:" + PASSWORD + "@example.com", "https://" + PASSWORD + "@example.com:0/"})
    void neverPrintsThePasswordOfABaseUrl(String url) {
        secret(PASSWORD);
        Run run = run(chat(url)).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("--base-url"), run.err());
        run(chat(url, "--verbose")).expect(ExitCodes.INVALID);
        run(concat(chat(url), new String[] {"--account", "acme"})).expect(ExitCodes.INVALID);
        run(concat(chat(url), new String[] {"--base-url", url})).expect(ExitCodes.INVALID);
        assertEquals(0, server.requestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--foo=" + PASSWORD, "--secret=" + PASSWORD, "-x" + PASSWORD, "--apikey2=" + PASSWORD})
    void printsOnlyTheNameOfAnUnknownOption(String option) {
        secret(PASSWORD);
        Run run = run(chat(baseUrl(), option)).expect(ExitCodes.INVALID);
        String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option.substring(0, 2);
        assertTrue(run.err().contains(name), run.err());
        assertEquals(0, server.requestCount());
    }

    @Test
    void printsNoValueThatFollowsAnUnknownOption() {
        secret(PASSWORD);
        Run run = run(chat(baseUrl(), "--password", PASSWORD)).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("--password"), run.err());
        run(concat(new String[] {"send", "chat", PASSWORD}, chat(baseUrl()))).expect(ExitCodes.INVALID);
    }

    @Test
    void refusesAnApiKeyFileOverTheLimitWithExit2() throws IOException {
        Path big = Files.write(dir.resolve("key"), new byte[BoundedFiles.MAX_KEY_BYTES + 1]);
        Run run = run(chat(baseUrl(), "--api-key-file", big.toString())).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("--api-key-file") && run.err().contains("64 KiB"), run.err());
    }

    @Test
    void refusesAnHtmlFileOverTheLimitWithExit2() throws IOException {
        Path big = dir.resolve("body.html");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i <= BoundedFiles.MAX_HTML_BYTES >> 20; i++) {
                out.write(chunk);
            }
        }
        Run run = run(mail("--html-file", big.toString())).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("--html-file") && run.err().contains("4 MiB"), run.err());
        assertEquals(0, server.requestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/null"})
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesDevicesBeforeReadingThem(String device) {
        assumeTrue(Files.exists(Path.of(device)), "no " + device + " on this system");
        Run key = run(chat(baseUrl(), "--api-key-file", device)).expect(ExitCodes.INVALID);
        assertTrue(key.err().contains("--api-key-file") && key.err().contains("regular file"), key.err());
        Run html = run(mail("--html-file", device)).expect(ExitCodes.INVALID);
        assertTrue(html.err().contains("--html-file") && html.err().contains("regular file"), html.err());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesAFifoWithoutBlockingOnIt() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available: " + noMkfifo.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        Run key = run(chat(baseUrl(), "--api-key-file", fifo.toString())).expect(ExitCodes.INVALID);
        assertTrue(key.err().contains("--api-key-file") && key.err().contains("regular file"), key.err());
        Run html = run(mail("--html-file", fifo.toString())).expect(ExitCodes.INVALID);
        assertTrue(html.err().contains("--html-file") && html.err().contains("regular file"), html.err());
    }

    @Test
    void refusesADirectory() {
        Run key = run(chat(baseUrl(), "--api-key-file", dir.toString())).expect(ExitCodes.INVALID);
        assertTrue(key.err().contains("regular file"), key.err());
        assertFalse(key.err().contains("Exception"), key.err());
    }

    private String[] mail(String... body) {
        return concat(send("mail", baseUrl()), address(state.openCase(Channel.EMAIL)),
                new String[] {"--from", "support@acme.example", "--to", "ann@example.com", "--subject", "s"}, body);
    }
}
