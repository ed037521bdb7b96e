package dev.acquire4j.cli;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ChatMessageType;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.LanguageTag;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acquire send chat}: adds a chat message to an active case. */
@Command(name = "chat", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Send a chat message to an active case.",
        footer = {"", "Example:",
            "  export ACQUIRE_API_KEY=...",
            "  acquire send chat --account acme --contact-id 597759 --case-id 2069 \\",
            "      --text 'Your order has shipped'"})
final class SendChatCommand implements Callable<Integer> {
    private static final Map<String, String> FIELDS = Map.of(
            "caseId", "--case-id", "contactId", "--contact-id", "text", "--text", "translateLangKey", "--translate-to");

    @Spec
    CommandSpec spec;

    @Option(names = "--contact-id", paramLabel = "N", required = true, description = "The case's contact.")
    String contactId;

    @Option(names = "--case-id", paramLabel = "N", required = true, description = "The case; it must be active.")
    String caseId;

    @Option(names = "--text", paramLabel = "TEXT", required = true, description = "The message.")
    String text;

    @Option(names = "--type", paramLabel = "message|note|event", defaultValue = "message",
            description = "A message the contact sees, an internal note, or an event line (default: ${DEFAULT-VALUE}).")
    ChatMessageType type;

    @Option(names = "--translate-to", paramLabel = "TAG",
            description = "Have Acquire translate the message into this language (BCP 47, e.g. en or pt-BR).")
    String translateTo;

    @Mixin
    SendOptions options;

    private final SendRunner runner;

    SendChatCommand(SendRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.send(options, FIELDS, inputs -> {
            CaseId caseValue = inputs.parse("--case-id", CaseId::parse, caseId);
            ContactId contactValue = inputs.parse("--contact-id", ContactId::parse, contactId);
            LanguageTag tag = inputs.parse("--translate-to", LanguageTag::of, translateTo);
            return inputs.attempt(() -> ChatMessage.builder()
                    .caseId(caseValue).contactId(contactValue).text(text).type(type)
                    .translateTo(Optional.ofNullable(tag))
                    .build());
        }, spec.commandLine().getOut());
    }
}
