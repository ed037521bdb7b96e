package dev.acquire4j.cli;

import dev.acquire4j.domain.SenderRole;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every {@code send} subcommand shares: those of every call ({@link CallOptions}: where
 * to send, through which transport, how long to wait, how to print, where the key is) and as whom.
 * Mixed into each subcommand so that each one's {@code --help} lists them. There is deliberately no
 * option that takes the key itself.
 */
final class SendOptions {
    /** The name of the environment variable that holds the API key. */
    static final String KEY_VARIABLE = "ACQUIRE_API_KEY";

    @Mixin
    CallOptions call;

    @Option(names = "--as", paramLabel = "user|contact", defaultValue = "user",
            description = "Send as an agent (user) or as the case's contact (default: ${DEFAULT-VALUE}).")
    SenderRole senderRole;

    @Option(names = "--no-confirm", description = {
        "Do not confirm an unknown outcome. By default, when no usable answer comes (timeout, reset,"
            + " HTTP 5xx), the case is read back after a 2 s grace period: the message ends sent if the"
            + " case holds it, and is sent again only if it does not (one extra read request; exit 4 then"
            + " means the confirmation itself failed). With this option an unknown outcome exits 4 at once."})
    boolean noConfirm;
}
