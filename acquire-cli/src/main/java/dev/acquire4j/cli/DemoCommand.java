package dev.acquire4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acquire demo}: runs {@link Demo} against an embedded fake server. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Try it out: send chat, mail and SMS to an embedded fake server (no key or network).",
            "",
            "Starts a fake Acquire server on loopback, sends a chat message, an email and an SMS through",
            "every built transport, then shows a send the server refuses (a closed case) and one refused",
            "before any I/O (a phone number without its country code)."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--https", description = {"Serve HTTPS with a certificate made at start-up for loopback,",
        "which the demo's clients trust, as the real Acquire API is HTTPS only."})
    boolean https;

    @Override
    public Integer call() {
        Demo.run(spec.commandLine().getOut(), https);
        return ExitCodes.SENT;
    }
}
