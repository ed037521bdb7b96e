package dev.acquire4j.cli;

import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.Redaction;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.protocol.UserAgent;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every {@code send} subcommand does around its own message: check the transport, read the key,
 * collect every input violation (message and settings) into one error, then send once and print
 * the answer. Nothing touches the network before all input is valid.
 */
final class SendRunner {
    /** Where the settings' own violations come from on the command line. */
    static final Map<String, String> SETTINGS_OPTIONS = Map.of(
            "account", "--account",
            "baseUri", "--base-url",
            "requestTimeout", "--timeout",
            "connectTimeout", "--timeout");

    private final Function<String, String> environment;

    /**
     * Creates the runner.
     *
     * @param environment looks up environment variables (the API key)
     */
    SendRunner(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * Builds the message, sends it and prints the answer.
     *
     * @param options the shared options
     * @param messageOptions the option behind each field of the message, e.g. {@code caseId -> --case-id}
     * @param message parses the subcommand's own options into a message, recording violations
     * @param out where the result goes
     * @return {@link ExitCodes#SENT}
     * @throws UsageException if the key is missing
     * @throws ValidationException listing every invalid input, by option
     * @throws dev.acquire4j.ports.SendFailedException if the send failed
     */
    int send(SendOptions options, Map<String, String> messageOptions, Function<Inputs, OutboundMessage> message,
            PrintWriter out) {
        ApiKey key = ApiKeys.read(options.call.apiKeyFile, environment);
        Map<String, String> fields = new HashMap<>(SETTINGS_OPTIONS);
        fields.putAll(messageOptions);
        Inputs inputs = new Inputs(fields);
        OutboundMessage outbound = message.apply(inputs);
        ClientSettings settings = settings(options, key, inputs);
        inputs.throwIfAny();
        SentMessage sent;
        try (AcquireClient client = Transports.open(options.call.transport, settings)) {
            sent = client.send(outbound);
        }
        out.print(options.call.json ? SentMessageView.json(sent) + System.lineSeparator()
                : SentMessageView.table(options.call.transport, sent));
        out.flush();
        return ExitCodes.SENT;
    }

    /** {@return a send's settings: confirming unknown outcomes unless {@code --no-confirm}} */
    private static ClientSettings settings(SendOptions options, ApiKey key, Inputs inputs) {
        ClientSettings settings = settings(options.call.target, options.call.timeout(), options.senderRole, key, inputs);
        return settings == null || options.noConfirm ? settings
                : settings.withConfirmationPolicy(ConfirmationPolicy.automatic());
    }

    /**
     * Builds the client settings from the shared options, recording their violations by option.
     *
     * @param target the account or base URL
     * @param timeout the {@code --timeout}, if given
     * @param role the default sender role
     * @param key the API key
     * @param inputs collects the violations
     * @return the settings, or {@code null} if they are invalid
     */
    static ClientSettings settings(CallOptions.Target target, Optional<Duration> timeout, SenderRole role, ApiKey key,
            Inputs inputs) {
        URI baseUri = inputs.parse("--base-url", SendRunner::uri, target.baseUrl);
        if (target.baseUrl != null && baseUri == null) {
            return null;
        }
        return inputs.attempt(() -> {
            ClientSettings.Builder b = ClientSettings.builder()
                    .apiKey(key)
                    .defaultSenderRole(role)
                    .applicationName("acquire-cli/" + UserAgent.libraryVersion());
            if (target.account != null) {
                b.account(target.account);
            } else {
                b.baseUri(baseUri);
            }
            // A --timeout shorter than the default connect timeout bounds connecting as well.
            timeout.ifPresent(t -> b.requestTimeout(t).connectTimeout(shorter(t, ClientSettings.DEFAULT_CONNECT_TIMEOUT)));
            return b.build();
        });
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static URI uri(String text) {
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            // Whatever else is wrong, user information before an @ may be a password: never shown.
            String shown = text.indexOf('@') >= 0 ? "<redacted>" : Redaction.plain(text);
            throw ValidationException.of("baseUri", "baseUri", "is not a valid URL", shown);
        }
    }
}
