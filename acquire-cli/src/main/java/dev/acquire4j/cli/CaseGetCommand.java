package dev.acquire4j.cli;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.SupportCase;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acquire case get}: fetches one case by id. */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fetch one case: its status, channel, contact and thread.",
            "Acquire's get answer names no timeline; 'acquire case list --case-id N' shows it."},
        footer = {"", "Example:",
            "  export ACQUIRE_API_KEY=...",
            "  acquire case get --account acme --case-id 2069"})
final class CaseGetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--case-id", paramLabel = "N", required = true, description = "The case.")
    String caseId;

    @Mixin
    ClientOptions options;

    private final CaseRunner runner;

    CaseGetCommand(CaseRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.<SupportCase>run(options, inputs -> {
            CaseId id = inputs.parse("--case-id", CaseId::parse, caseId);
            return client -> client.cases().get(id);
        }, CaseView.ONE, spec.commandLine().getOut());
    }
}
