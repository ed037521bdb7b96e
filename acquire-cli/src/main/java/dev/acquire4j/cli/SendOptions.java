package dev.acquire4j.cli;

import dev.acquire4j.domain.SenderRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options every {@code send} subcommand shares: where to send, through which transport, as whom,
 * how long to wait, how to print, and where the key is. Mixed into each subcommand so that each
 * one's {@code --help} lists them. There is deliberately no option that takes the key itself.
 */
final class SendOptions {
    /** The name of the environment variable that holds the API key. */
    static final String KEY_VARIABLE = "ACQUIRE_API_KEY";

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--transport", paramLabel = "jdk|vertx", defaultValue = "jdk",
            description = "HTTP transport (default: ${DEFAULT-VALUE}).")
    Transport transport;

    @Option(names = "--as", paramLabel = "user|contact", defaultValue = "user",
            description = "Send as an agent (user) or as the case's contact (default: ${DEFAULT-VALUE}).")
    SenderRole senderRole;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for the answer: 10s, 500ms, 2m or PT10S (default: 30s).")
    Duration timeout;

    @Option(names = "--no-confirm", description = {
        "Do not confirm an unknown outcome. By default, when no usable answer comes (timeout, reset,"
            + " HTTP 5xx), the case is read back after a 2 s grace period: the message ends sent if the"
            + " case holds it, and is sent again only if it does not (one extra read request; exit 4 then"
            + " means the confirmation itself failed). With this option an unknown outcome exits 4 at once."})
    boolean noConfirm;

    @Option(names = "--json", description = "Print the result as one JSON object instead of a table.")
    boolean json;

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    @Option(names = "--api-key-file", paramLabel = "FILE",
            description = "Read the API key from this file (wins over $" + KEY_VARIABLE + "); a trailing newline is ignored.")
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
