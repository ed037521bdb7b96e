package dev.acquire4j.cli;

import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every {@code case} and {@code message} subcommand does around its own call, as
 * {@link SendRunner} does for sends: read the key, collect every input violation (the call's and the
 * settings') into one error, then make the one call and print its result. Nothing touches the
 * network before all input is valid.
 */
final class CallRunner {
    private final Function<String, String> environment;

    /**
     * Creates the runner.
     *
     * @param environment looks up environment variables (the API key)
     */
    CallRunner(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * One call of a client, ready once its inputs parsed.
     *
     * @param <T> its result
     */
    @FunctionalInterface
    interface ClientCall<T> {
        /** {@return the result of the call on the client} */
        T on(AcquireClient client);
    }

    /**
     * Parses the inputs, makes the call and prints the result.
     *
     * @param <T> the result
     * @param options the shared options
     * @param callOptions the option behind each field the call's values check, e.g. {@code caseId -> --case-id}
     * @param call parses the subcommand's own options into the call, recording violations
     * @param view shows the result
     * @param out where the result goes
     * @return {@link ExitCodes#SENT}
     * @throws UsageException if the key is missing
     * @throws dev.acquire4j.domain.ValidationException listing every invalid input, by option
     * @throws dev.acquire4j.ports.SendFailedException if the call failed
     */
    <T> int run(CallOptions options, Map<String, String> callOptions, Function<Inputs, ClientCall<T>> call,
            Function<T, ? extends Shown> view, PrintWriter out) {
        ApiKey key = ApiKeys.read(options.apiKeyFile, environment);
        Map<String, String> fields = new HashMap<>(SendRunner.SETTINGS_OPTIONS);
        fields.putAll(callOptions);
        Inputs inputs = new Inputs(fields);
        ClientCall<T> ready = call.apply(inputs);
        ClientSettings settings = SendRunner.settings(options.target, options.timeout(), SenderRole.USER, key, inputs);
        inputs.throwIfAny();
        T result;
        try (AcquireClient client = Transports.open(options.transport, settings)) {
            result = ready.on(client);
        }
        Shown shown = view.apply(result);
        out.print(options.json ? shown.json() + System.lineSeparator() : shown.table(options.transport));
        out.flush();
        return ExitCodes.SENT;
    }
}
