package dev.acquire4j.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options every subcommand that calls Acquire shares ({@code send}, {@code case},
 * {@code message}): where to call, through which transport, how long to wait, how to print, and
 * where the key is. Mixed into each subcommand so that its {@code --help} lists them. No option
 * takes the key itself.
 */
final class CallOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

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
            description = "Read the API key from this file (wins over $" + SendOptions.KEY_VARIABLE + "); a trailing newline is ignored.")
    Path apiKeyFile;

    /** Exactly one of the account id and an explicit base URL. */
    static final class Target {
        @Option(names = "--account", paramLabel = "ID", required = true,
                description = "Acquire account id: sends to https://ID.acquire.io.")
        String account;

        @Option(names = "--base-url", paramLabel = "URL", required = true,
                description = "Send to this base URL instead (https; plain http on loopback only).")
        String baseUrl;
    }

    /** {@return the timeout, if given} */
    Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }
}
