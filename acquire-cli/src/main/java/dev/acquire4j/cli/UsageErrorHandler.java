package dev.acquire4j.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line picocli could not parse: its message and where to find help, exit code
 * {@value ExitCodes#INVALID}. Values are never echoed for what was not understood (an unknown
 * option's value may be a secret), nor a value with an {@code @} anywhere; someone who tries to pass
 * the key as an option gets told why that is not possible.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    private static final int MAX_NAME = 40;
    private static final List<String> KEY_OPTIONS = List.of("--api-key", "--apikey", "--key", "--token", "--api-token");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        if (triedToPassTheKey(args)) {
            err.println("There is no option for the API key: on the command line it would show in the process list"
                    + " and the shell history. Set " + SendOptions.KEY_VARIABLE + " or use --api-key-file FILE.");
        } else if (e instanceof UnmatchedArgumentException) {
            err.println(TerminalText.safe(unknown(((UnmatchedArgumentException) e).getUnmatched())));
            UnmatchedArgumentException.printSuggestions(e, err);
        } else {
            err.println(TerminalText.safe(withoutValuesWithAnAt(e.getMessage(), args)));
        }
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.INVALID;
    }

    /**
     * {@return what was not understood: the names of unknown options, never a value} picocli's own
     * message quotes every unmatched argument, so {@code --passwd=hunter2}, or {@code --passwd}
     * followed by {@code hunter2}, would be printed back.
     */
    static String unknown(List<String> unmatched) {
        List<String> names = unmatched.stream().filter(arg -> arg.startsWith("-"))
                .map(UsageErrorHandler::optionName).distinct().collect(Collectors.toList());
        long values = unmatched.stream().filter(arg -> !arg.startsWith("-")).count();
        StringBuilder s = new StringBuilder();
        if (!names.isEmpty()) {
            s.append(names.size() == 1 ? "Unknown option: " : "Unknown options: ").append(String.join(", ", names));
        }
        if (values > 0) {
            s.append(s.length() > 0 ? "; and " : "").append(values == 1 ? "an unexpected argument" : values + " unexpected arguments")
                    .append(" (not shown: a value may be a secret)");
        }
        return s.append('.').toString();
    }

    /** {@code --name} of {@code --name=value}; {@code -x} of {@code -xvalue}, which may be a short option and its value. */
    private static String optionName(String arg) {
        if (!arg.startsWith("--")) {
            return arg.substring(0, Math.min(2, arg.length()));
        }
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "..." : name;
    }

    /**
     * picocli's other messages may quote values too (an option given twice shows both); a value with
     * an {@code @} may be a URL with a password, or an address, and is replaced whole.
     */
    private static String withoutValuesWithAnAt(String message, String[] args) {
        String safe = String.valueOf(message);
        for (String arg : args) {
            String value = arg.startsWith("-") && arg.indexOf('=') > 0 ? arg.substring(arg.indexOf('=') + 1) : arg;
            if (value.indexOf('@') >= 0) {
                safe = safe.replace(value, "<redacted>");
            }
        }
        return safe;
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
