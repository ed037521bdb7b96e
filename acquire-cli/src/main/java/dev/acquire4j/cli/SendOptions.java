package dev.acquire4j.cli;

import dev.acquire4j.domain.SenderRole;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every {@code send} subcommand shares: those of every command that calls Acquire
 * ({@link ClientOptions}), and as whom to send. Mixed into each subcommand so that each one's
 * {@code --help} lists them.
 */
final class SendOptions {
    /** The name of the environment variable that holds the API key. */
    static final String KEY_VARIABLE = "ACQUIRE_API_KEY";

    @Mixin
    ClientOptions client;

    @Option(names = "--as", paramLabel = "user|contact", defaultValue = "user",
            description = "Send as an agent (user) or as the case's contact (default: ${DEFAULT-VALUE}).")
    SenderRole senderRole;

    @Option(names = "--no-confirm", description = {
        "Do not confirm an unknown outcome. By default, when no usable answer comes (timeout, reset,"
            + " HTTP 5xx), the case is read back after a 2 s grace period: the message ends sent if the"
            + " case holds it, and is sent again only if it does not (one extra read request; exit 4 then"
            + " means the confirmation itself failed). With this option an unknown outcome exits 4 at once."})
    boolean noConfirm;

    /** Exactly one of the account id and an explicit base URL. */
    static final class Target {
        @Option(names = "--account", paramLabel = "ID", required = true,
                description = "Acquire account id: sends to https://ID.acquire.io.")
        String account;

        @Option(names = "--base-url", paramLabel = "URL", required = true,
                description = "Send to this base URL instead (https; plain http on loopback only).")
        String baseUrl;
    }
}
