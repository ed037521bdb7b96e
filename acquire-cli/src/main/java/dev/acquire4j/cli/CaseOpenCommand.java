package dev.acquire4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code acquire case open}: opens a case for a contact. */
@Command(name = "open", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Open a case for a contact; it is never retried after an unknown outcome.",
        footer = {"", "Example:",
            "  acquire case open --account acme --contact-id 597759 --title 'Order 1042' --text 'Hello'"})
final class CaseOpenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OpeningOptions opening;

    @Mixin
    CallOptions options;

    private final CallRunner runner;

    CaseOpenCommand(CallRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.run(options, OpeningOptions.FIELDS, inputs -> {
            var value = opening.opening(inputs);
            return client -> client.caseLifecycle().open(value);
        }, c -> ResultView.of("opened", c), spec.commandLine().getOut());
    }
}
