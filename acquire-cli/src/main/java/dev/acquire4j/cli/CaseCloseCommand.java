package dev.acquire4j.cli;

import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.CaseId;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acquire case close}: closes a case. */
@Command(name = "close", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Close an active case; it is never retried after an unknown outcome.",
        footer = {"", "Example:",
            "  acquire case close --account acme --case-id 2069 --closing-state handled --ask-feedback"})
final class CaseCloseCommand implements Callable<Integer> {
    private static final Map<String, String> FIELDS = Map.of("caseId", "--case-id", "closingState", "--closing-state");

    @Spec
    CommandSpec spec;

    @Option(names = "--case-id", paramLabel = "N", required = true, description = "The case to close.")
    String caseId;

    @Option(names = "--closing-state", paramLabel = "STATE", description = "How the case ended, e.g. handled.")
    String closingState;

    @Option(names = "--archive", negatable = true, description = "Archive the case (or not, with --no-archive).")
    Boolean archive;

    @Option(names = "--ask-feedback", negatable = true, description = "Ask the contact for feedback (or not).")
    Boolean askFeedback;

    @Option(names = "--leave-only", description = "Only leave the case as the agent; it stays open for others.")
    Boolean leaveOnly;

    @Option(names = "--force", description = "Force the close.")
    Boolean force;

    @Mixin
    CallOptions options;

    private final CallRunner runner;

    CaseCloseCommand(CallRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.run(options, FIELDS, inputs -> {
            CaseId id = inputs.parse("--case-id", CaseId::parse, caseId);
            CaseClosing closing = inputs.attempt(() -> {
                CaseClosing.Builder b = CaseClosing.builder().caseId(id).closingState(closingState);
                if (archive != null) {
                    b.archive(archive);
                }
                if (askFeedback != null) {
                    b.askFeedback(askFeedback);
                }
                if (leaveOnly != null) {
                    b.leaveOnly(leaveOnly);
                }
                if (force != null) {
                    b.force(force);
                }
                return b.build();
            });
            return client -> client.caseLifecycle().close(closing);
        }, ResultView::of, spec.commandLine().getOut());
    }
}
