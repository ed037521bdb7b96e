package dev.acquire4j.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line picocli could not parse: its message and where to find help, exit code
 * {@value ExitCodes#INVALID}. Someone who tries to pass the key as an option gets told why that is
 * not possible, without the value being echoed back.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    private static final List<String> KEY_OPTIONS = List.of("--api-key", "--apikey", "--key", "--token", "--api-token");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        if (triedToPassTheKey(args)) {
            err.println("There is no option for the API key: on the command line it would show in the process list"
                    + " and the shell history. Set " + SendOptions.KEY_VARIABLE + " or use --api-key-file FILE.");
        } else {
            err.println(e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, err);
        }
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.INVALID;
    }

    /**
     * Whether any argument looks like an option for the key itself. Such an option does not exist, so
     * picocli's message would echo the value that follows it.
     */
    private static boolean triedToPassTheKey(String[] args) {
        return Arrays.stream(args).map(arg -> arg.toLowerCase(Locale.ROOT).replace('_', '-'))
                .anyMatch(arg -> KEY_OPTIONS.stream().anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
    }
}
