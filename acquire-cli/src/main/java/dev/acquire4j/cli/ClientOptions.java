package dev.acquire4j.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options every command that calls Acquire shares ({@code send}, {@code case}): where to call,
 * through which transport, how long to wait, how to print, and where the key is. Mixed into each
 * command so that each one's {@code --help} lists them. There is deliberately no option that takes
 * the key itself.
 */
final class ClientOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    SendOptions.Target target;

    @Option(names = "--transport", paramLabel = "jdk|vertx", defaultValue = "jdk",
            description = "HTTP transport (default: ${DEFAULT-VALUE}).")
    Transport transport;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for the answer: 10s, 500ms, 2m or PT10S (default: 30s).")
    Duration timeout;

    @Option(names = "--json", description = "Print the result as one JSON object instead of a table.")
    boolean json;

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    @Option(names = "--api-key-file", paramLabel = "FILE",
            description = "Read the API key from this file (wins over $" + SendOptions.KEY_VARIABLE
                    + "); a trailing newline is ignored.")
    Path apiKeyFile;

    /** {@return the timeout, if given} */
    Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }
}
