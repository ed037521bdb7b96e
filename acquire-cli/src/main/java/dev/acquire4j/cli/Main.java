package dev.acquire4j.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The {@code acquire} command. {@link #main} runs it on the process's streams and environment;
 * {@link #run} runs it on the writers and environment given to the constructor, which is how tests
 * drive it in-process.
 *
 * <pre>{@code
 * int exit = new Main(out, err, Map.of("ACQUIRE_API_KEY", key)::get).run("send", "chat", "--account", "acme", ...);
 * }</pre>
 *
 * <p>Exit codes are those of {@link ExitCodes}. Not thread-safe: one run at a time per instance.
 */
public final class Main {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<String, String> environment;

    /**
     * Creates the command over explicit streams and environment.
     *
     * @param out standard output: results and help
     * @param err standard error: errors
     * @param environment looks up an environment variable, {@code null} when unset (like {@link System#getenv(String)})
     */
    public Main(PrintWriter out, PrintWriter err, Function<String, String> environment) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * Runs the command on the process's standard streams and environment, and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(new Main(out, err, System::getenv).run(args));
    }

    /**
     * Runs the command.
     *
     * @param args the command line, e.g. {@code "demo"} or {@code "send", "chat", ...}
     * @return the exit code, one of {@link ExitCodes}
     */
    public int run(String... args) {
        try {
            return commandLine().execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private CommandLine commandLine() {
        SendRunner runner = new SendRunner(environment);
        CommandLine send = new CommandLine(new SendCommand())
                .addSubcommand(new SendChatCommand(runner))
                .addSubcommand(new SendMailCommand(runner))
                .addSubcommand(new SendSmsCommand(runner));
        CommandLine root = new CommandLine(new AcquireCommand())
                .addSubcommand(new DemoCommand())
                .addSubcommand(send)
                .addSubcommand(CaseCommand.commandLine(environment))
                .addSubcommand(new FakeServerCommand())
                .addSubcommand(new CompletionCommand());
        root.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorHandler())
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setOut(out)
                .setErr(err);
        addExitCodes(root);
        return root;
    }

    /** Every command's {@code --help} ends with the exit-code table. */
    private static void addExitCodes(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        usage.footer(Stream.concat(Arrays.stream(usage.footer()), Arrays.stream(ExitCodes.HELP_FOOTER)).toArray(String[]::new));
        command.getSubcommands().values().forEach(Main::addExitCodes);
    }
}
