package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code acquire fake-server}, run in-process on its own thread, with {@code acquire send} against it. */
class FakeServerCommandTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String READY = "Each message the server stores is printed below.";

    /** One fake-server run on its own thread; interrupting the thread stops it. */
    private static final class Foreground {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread thread;

        Foreground(String... args) {
            thread = new Thread(() -> exit.set(new Main(new PrintWriter(out), new PrintWriter(err), name -> null).run(args)),
                    "fake-server-command");
            thread.start();
        }

        /** Waits for the text on stdout: a condition with a deadline, never a fixed sleep. */
        String awaitOut(String text) throws InterruptedException {
            Instant deadline = Instant.now().plus(PATIENCE);
            while (!out.toString().contains(text)) {
                if (!thread.isAlive() && !out.toString().contains(text)) {
                    fail("fake-server ended (exit " + exit.get() + ") without printing '" + text + "'; stdout:\n" + out + "\nstderr:\n" + err);
                }
                if (Instant.now().isAfter(deadline)) {
                    fail("no '" + text + "' within " + PATIENCE + "; stdout:\n" + out);
                }
                Thread.sleep(10);
            }
            return out.toString();
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(PATIENCE.toMillis());
            assertFalse(thread.isAlive(), "fake-server did not stop on interrupt");
            return exit.get();
        }
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), () -> "no " + regex + " in:\n" + text);
        return m.group(1);
    }

    @Test
    void theSuggestedSendsFromAnotherCommandAreStoredAndShownWithoutTheKey() throws Exception {
        Foreground server = new Foreground("fake-server", "--seed-cases", "3");
        String banner = server.awaitOut(READY);
        String key = group(banner, "export " + SendOptions.KEY_VARIABLE + "=(\\S+)");
        assertTrue(banner.contains("listening on http://127.0.0.1:"), banner);
        assertEquals(3, banner.lines().filter(l -> l.contains(" active ")).count(), banner);
        assertEquals(1, banner.lines().filter(l -> l.contains(" closed ")).count(), banner);
        List<String> sends = banner.lines().filter(l -> l.startsWith("  acquire send ")).map(String::strip).collect(Collectors.toList());
        assertEquals(3, sends.size(), "one suggested send per channel:\n" + banner);

        for (String send : sends) {
            StringWriter sendOut = new StringWriter();
            StringWriter sendErr = new StringWriter();
            List<String> args = shellWords(send);
            int sent = new Main(new PrintWriter(sendOut), new PrintWriter(sendErr), Map.of(SendOptions.KEY_VARIABLE, key)::get)
                    .run(args.subList(1, args.size()).toArray(String[]::new));
            assertEquals(ExitCodes.SENT, sent, () -> send + "\nstdout:\n" + sendOut + "\nstderr:\n" + sendErr);
        }

        String feed = server.awaitOut("stored sms message");
        String chatCase = group(sends.get(0), "--case-id (\\d+)");
        String contact = group(sends.get(0), "--contact-id (\\d+)");
        String chat = feed.lines().filter(l -> l.startsWith("stored chat message")).findFirst().orElseThrow();
        assertTrue(chat.contains(" on case " + chatCase + " (contact " + contact + ", as user, message): \"Hello from the fake server\""), chat);
        assertTrue(feed.contains("stored email message"), feed);
        assertEquals(1, feed.split(Pattern.quote(key), -1).length - 1, "the key is printed once, in the banner:\n" + feed);

        assertEquals(ExitCodes.SENT, server.stop());
        assertTrue(server.out.toString().contains("the fake server stored 3 messages from 3 requests."), server.out.toString());
    }

    /** Splits a command line as a POSIX shell would, for the single-quoted words the banner uses. */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    @Test
    void noSeedMeansNoCases() throws Exception {
        Foreground server = new Foreground("fake-server", "--seed-cases", "0");
        String banner = server.awaitOut(READY);
        assertTrue(banner.contains("It has no cases"), banner);
        assertFalse(banner.contains("CASE"), banner);
        assertEquals(ExitCodes.SENT, server.stop());
    }

    @Test
    void aPortInUseIsAUsageErrorNamingThePort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            StringWriter err = new StringWriter();
            int exit = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err), name -> null)
                    .run("fake-server", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(ExitCodes.INVALID, exit, err::toString);
            assertTrue(err.toString().contains("Cannot listen on 127.0.0.1 port " + taken.getLocalPort()), err.toString());
        }
    }

    @Test
    void aPortOutOfRangeIsRefusedBeforeBinding() {
        StringWriter err = new StringWriter();
        int exit = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err), name -> null).run("fake-server", "--port", "70000");
        assertEquals(ExitCodes.INVALID, exit, err::toString);
        assertTrue(err.toString().contains("--port must be 0 to 65535, was 70000."), err.toString());
    }
}
