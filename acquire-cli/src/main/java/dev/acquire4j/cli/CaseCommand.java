package dev.acquire4j.cli;

import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code acquire case}: groups the case commands; does nothing by itself. */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = {"Look up cases.",
            "The API key comes from $" + SendOptions.KEY_VARIABLE + " or --api-key-file FILE, never from an argument."})
final class CaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing the case command: case get or case list.");
    }

    /**
     * {@return the {@code case} command with its subcommands}
     *
     * @param environment looks up environment variables (the API key)
     */
    static CommandLine commandLine(Function<String, String> environment) {
        CaseRunner runner = new CaseRunner(environment);
        return new CommandLine(new CaseCommand())
                .addSubcommand(new CaseGetCommand(runner))
                .addSubcommand(new CaseListCommand(runner));
    }
}
