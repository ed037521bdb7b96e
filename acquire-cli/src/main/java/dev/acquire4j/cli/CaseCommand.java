package dev.acquire4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code acquire case}: groups the case subcommands, one class each; does nothing by itself. */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = {"Look up, open, close and reopen support cases, for real.",
            "The API key comes from $" + SendOptions.KEY_VARIABLE + " or --api-key-file FILE, never from an argument."})
final class CaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing the subcommand: "
                + String.join(", ", spec.subcommands().keySet().stream().map(n -> "case " + n).toList()) + ".");
    }
}
