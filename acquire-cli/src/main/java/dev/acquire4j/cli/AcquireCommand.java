package dev.acquire4j.cli;

import dev.acquire4j.protocol.UserAgent;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code acquire}: the root command; its subcommands are wired in {@link Main}. */
@Command(name = "acquire", mixinStandardHelpOptions = true, versionProvider = AcquireCommand.Version.class,
        description = {"Send chat messages, emails and SMS to the contacts of Acquire support cases.",
            "Start with 'acquire demo': it needs no account, key or network; then 'acquire fake-server' to try every command."})
final class AcquireCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing the command: demo, send, case, fake-server or completion.");
    }

    /** Prints the library version the command was built from. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"acquire " + UserAgent.libraryVersion() + " (acquire4j, Java " + System.getProperty("java.version") + ")"};
        }
    }
}
