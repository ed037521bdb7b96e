package dev.acquire4j.cli;

import dev.acquire4j.domain.ThreadId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acquire case reopen}: reopens a contact's closed thread. */
@Command(name = "reopen", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reopen a contact's closed thread: Acquire answers with a new active case in it.",
            "Send later messages to the case id it prints. Never retried after an unknown outcome."},
        footer = {"", "Example:",
            "  acquire case reopen --account acme --contact-id 597752 --thread-id 1683"})
final class CaseReopenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--thread-id", paramLabel = "N", required = true, description = "The thread of the closed case.")
    String threadId;

    @Mixin
    OpeningOptions opening;

    @Mixin
    CallOptions options;

    private final CallRunner runner;

    CaseReopenCommand(CallRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.run(options, OpeningOptions.FIELDS, inputs -> {
            ThreadId thread = inputs.parse("--thread-id", ThreadId::parse, threadId);
            var value = opening.opening(inputs);
            return client -> client.caseLifecycle().reopen(value, thread);
        }, c -> ResultView.of("reopened", c), spec.commandLine().getOut());
    }
}
