package dev.acquire4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code acquire message}: groups the subcommands on stored messages; does nothing by itself. */
@Command(name = "message", mixinStandardHelpOptions = true,
        description = {"Fetch, edit and delete messages already stored on a case, for real.",
            "The API key comes from $" + SendOptions.KEY_VARIABLE + " or --api-key-file FILE, never from an argument."})
final class MessageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing the subcommand: message get, message edit or message delete.");
    }
}
