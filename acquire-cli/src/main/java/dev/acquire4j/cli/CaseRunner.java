package dev.acquire4j.cli;

import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every {@code case} lookup does around its own request: read the key, collect every input
 * violation (its own and the settings') into one error, then make the one lookup and print it.
 * Nothing touches the network before all input is valid.
 */
final class CaseRunner {
    private final Function<String, String> environment;

    /**
     * Creates the runner.
     *
     * @param environment looks up environment variables (the API key)
     */
    CaseRunner(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * Checks the input, runs the lookup and prints its result.
     *
     * @param <R> what the lookup gives
     * @param options the shared options
     * @param request parses the command's own options into a lookup, recording violations; the
     *     lookup runs only when every input is valid
     * @param view prints the result as a table or, with {@code json}, as one JSON line
     * @param out where the result goes
     * @return {@link ExitCodes#SENT}
     * @throws UsageException if the key is missing
     * @throws dev.acquire4j.domain.ValidationException listing every invalid input, by option
     * @throws dev.acquire4j.ports.SendFailedException if the lookup failed
     */
    <R> int run(ClientOptions options, Function<Inputs, Function<AcquireClient, R>> request, View<R> view, PrintWriter out) {
        ApiKey key = ApiKeys.read(options.apiKeyFile, environment);
        Inputs inputs = new Inputs(SendRunner.SETTINGS_OPTIONS);
        Function<AcquireClient, R> lookup = request.apply(inputs);
        ClientSettings settings = SendRunner.settings(options.target, options.timeout(), SenderRole.USER, key, inputs);
        inputs.throwIfAny();
        R result;
        try (AcquireClient client = Transports.open(options.transport, settings)) {
            result = lookup.apply(client);
        }
        out.print(options.json ? view.json(result) + System.lineSeparator() : view.table(options.transport, result));
        out.flush();
        return ExitCodes.SENT;
    }

    /**
     * Shows a lookup's result.
     *
     * @param <R> the result
     */
    interface View<R> {
        /**
         * {@return the result as an aligned table}
         *
         * @param transport the transport it came through
         * @param result the result
         */
        String table(Transport transport, R result);

        /**
         * {@return the result as one line of JSON}
         *
         * @param result the result
         */
        String json(R result);
    }
}
