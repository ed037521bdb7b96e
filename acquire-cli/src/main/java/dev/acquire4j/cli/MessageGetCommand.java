package dev.acquire4j.cli;

import dev.acquire4j.domain.MessageId;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acquire message get}: fetches one stored message. */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Fetch one message stored on a case.",
        footer = {"", "Example:", "  acquire message get --account acme --message-id 8285"})
final class MessageGetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--message-id", paramLabel = "N", required = true, description = "The message.")
    String messageId;

    @Mixin
    CallOptions options;

    private final CallRunner runner;

    MessageGetCommand(CallRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.run(options, Map.of(), inputs -> {
            MessageId id = inputs.parse("--message-id", MessageId::parse, messageId);
            return client -> client.caseMessages().get(id);
        }, m -> ResultView.of("found", m), spec.commandLine().getOut());
    }
}
