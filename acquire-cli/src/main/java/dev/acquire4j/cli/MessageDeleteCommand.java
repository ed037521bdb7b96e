package dev.acquire4j.cli;

import dev.acquire4j.domain.MessageId;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acquire message delete}: deletes a stored message for good. */
@Command(name = "delete", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Delete a message stored on a case, for good; never retried after an unknown outcome.",
        footer = {"", "Example:", "  acquire message delete --account acme --message-id 8288"})
final class MessageDeleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--message-id", paramLabel = "N", required = true, description = "The message.")
    String messageId;

    @Mixin
    CallOptions options;

    private final CallRunner runner;

    MessageDeleteCommand(CallRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.run(options, Map.of(), inputs -> {
            MessageId id = inputs.parse("--message-id", MessageId::parse, messageId);
            return client -> client.caseMessages().delete(id);
        }, ResultView::of, spec.commandLine().getOut());
    }
}
