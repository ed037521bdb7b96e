package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs {@link Main} in-process against a fresh {@link FakeAcquireServer}, with the server's valid key
 * in a fake environment. Every run checks that no key it knows of appears on stdout or stderr.
 */
abstract class CliTestSupport {
    /** What the testkit's random keys start with: none may ever be printed. */
    static final String TESTKIT_KEY_PREFIX = "acq-test-";

    FakeAcquireServer server;
    AcquireState state;
    final Map<String, String> environment = new HashMap<>();
    private final List<String> secrets = new ArrayList<>();

    /** The result of one run. */
    record Run(int exitCode, String out, String err) {
        Run expect(int code) {
            assertEquals(code, exitCode, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }
    }

    @BeforeEach
    void startServer() {
        server = new FakeAcquireServer().start();
        state = server.state();
        environment.put(SendOptions.KEY_VARIABLE, state.validKey().reveal());
        secrets.add(state.validKey().reveal());
        secrets.add(state.forbiddenKey().reveal());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /**
     * Registers another value that must never be printed.
     *
     * @param secret the value
     */
    void secret(String secret) {
        secrets.add(secret);
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out), new PrintWriter(err), environment::get).run(args);
        Run run = new Run(code, out.toString(), err.toString());
        for (String secret : secrets) {
            assertFalse(run.out().contains(secret), "the key appeared on stdout:\n" + run.out());
            assertFalse(run.err().contains(secret), "the key appeared on stderr:\n" + run.err());
        }
        assertFalse(run.out().contains(TESTKIT_KEY_PREFIX) || run.err().contains(TESTKIT_KEY_PREFIX), "a testkit key was printed");
        return run;
    }

    /** {@return the server's base URL, for {@code --base-url}} */
    String baseUrl() {
        return server.baseUri().toString();
    }

    /** {@return the command line of {@code send <channel>} to the fake server, followed by {@code more}} */
    static String[] send(String channel, String baseUrl, String... more) {
        return Stream.concat(Stream.of("send", channel, "--base-url", baseUrl), Stream.of(more)).toArray(String[]::new);
    }

    /** {@return the arguments addressing a case of {@code channel}: contact and case (or thread and timeline)} */
    static String[] address(SupportCase c) {
        String contact = c.contactId().orElseThrow().toString();
        if (c.channel().orElseThrow() == Channel.SMS) {
            return new String[] {"--contact-id", contact, "--thread-id", c.id().toString(),
                "--timeline-id", c.timelineId().orElseThrow().toString()};
        }
        return new String[] {"--contact-id", contact, "--case-id", c.id().toString()};
    }

    static String[] concat(String[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
    }
}
