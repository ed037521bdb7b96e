package dev.acquire4j.cli;

import dev.acquire4j.domain.LanguageTag;
import dev.acquire4j.domain.MessageEdit;
import dev.acquire4j.domain.MessageId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acquire message edit}: replaces a stored message's text. */
@Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Replace the text of a message stored on a case.",
        footer = {"", "Example:",
            "  acquire message edit --account acme --message-id 8288 --text 'Your order has shipped'"})
final class MessageEditCommand implements Callable<Integer> {
    private static final Map<String, String> FIELDS = Map.of("text", "--text", "translateTo", "--translate-to");

    @Spec
    CommandSpec spec;

    @Option(names = "--message-id", paramLabel = "N", required = true, description = "The message.")
    String messageId;

    @Option(names = "--text", paramLabel = "TEXT", required = true, description = "The new text.")
    String text;

    @Option(names = "--translate-to", paramLabel = "TAG",
            description = "Have Acquire translate the message into this language (BCP 47, e.g. en or pt-BR).")
    String translateTo;

    @Mixin
    CallOptions options;

    private final CallRunner runner;

    MessageEditCommand(CallRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.run(options, FIELDS, inputs -> {
            MessageId id = inputs.parse("--message-id", MessageId::parse, messageId);
            LanguageTag tag = inputs.parse("--translate-to", LanguageTag::of, translateTo);
            MessageEdit edit = inputs.attempt(() -> new MessageEdit(text, Optional.ofNullable(tag)));
            return client -> client.caseMessages().edit(id, edit);
        }, m -> ResultView.of("edited", m), spec.commandLine().getOut());
    }
}
