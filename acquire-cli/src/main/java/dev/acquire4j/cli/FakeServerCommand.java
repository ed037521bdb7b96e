package dev.acquire4j.cli;

import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.FakeAcquireServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code acquire fake-server}: the testkit's {@link FakeAcquireServer} in the foreground, so that a
 * person can try every command without an account. Prints the base URL, the one key it accepts and
 * the seeded cases, then a line for each message it stores, until Ctrl-C or SIGTERM (or, in-process,
 * until the running thread is interrupted).
 */
@Command(name = "fake-server", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a fake Acquire server in the foreground, to try the commands without an account.",
            "",
            "Listens on 127.0.0.1 only. Prints its base URL, the API key it accepts (a fake one, good",
            "for this server only) and the cases it was seeded with; then one line for each message it",
            "stores, never the key. Stop it with Ctrl-C."})
final class FakeServerCommand implements Callable<Integer> {
    private static final String NL = System.lineSeparator();
    private static final int MAX_SEED_CASES = 1_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The loopback port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seed-cases", paramLabel = "N", defaultValue = "3",
            description = {"Active cases to open for one contact, taking the channels in turn (chat, email, SMS),",
                "plus one closed chat case to see a refusal; 0 opens none (default: ${DEFAULT-VALUE})."})
    int seedCases;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, was " + port + ".");
        }
        if (seedCases < 0 || seedCases > MAX_SEED_CASES) {
            throw new ParameterException(spec.commandLine(), "--seed-cases must be 0 to " + MAX_SEED_CASES + ", was " + seedCases + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (FakeAcquireServer server = started();
             ShutdownSignal stop = ShutdownSignal.onProcessExit()) {
            List<SupportCase> cases = FakeAccountSeed.seed(server.state(), seedCases);
            out.print(banner(server.baseUri(), server.state().validKey().reveal(), cases));
            out.flush();
            StoredMessageFeed feed = new StoredMessageFeed(server.state());
            boolean stopped = stop.awaitWhile(() -> feed.printNew(out));
            feed.printNew(out);
            out.print((stopped ? "Stopped" : "Interrupted") + "; the fake server stored " + server.state().messageCount()
                    + " messages from " + server.requestCount() + " requests." + NL);
            out.flush();
        }
        return ExitCodes.SENT;
    }

    private FakeAcquireServer started() {
        try {
            return new FakeAcquireServer().start(port);
        } catch (UncheckedIOException e) {
            throw new UsageException("Cannot listen on 127.0.0.1 port " + port + " (" + e.getCause().getMessage()
                    + "); pick another --port, or leave it out to get a free one.", e);
        }
    }

    private static String banner(URI baseUri, String key, List<SupportCase> cases) {
        StringBuilder text = new StringBuilder()
                .append("A fake Acquire server is listening on ").append(baseUri).append(" (loopback only; Ctrl-C stops it).").append(NL)
                .append("It accepts one API key, a fake one for this server only:").append(NL)
                .append("  export ").append(SendOptions.KEY_VARIABLE).append('=').append(key).append(NL).append(NL);
        if (cases.isEmpty()) {
            text.append("It has no cases (--seed-cases 0).").append(NL);
        } else {
            text.append(FakeAccountSeed.table(cases)).append(NL)
                    .append("Try, in another terminal (after the export above):").append(NL);
            FakeAccountSeed.exampleSends(baseUri, cases).forEach(send -> text.append("  ").append(send).append(NL));
        }
        return text.append(NL).append("Each message the server stores is printed below.").append(NL).toString();
    }
}
