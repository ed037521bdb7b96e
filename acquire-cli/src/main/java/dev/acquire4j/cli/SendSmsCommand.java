package dev.acquire4j.cli;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.PhoneNumber;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.TimelineId;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acquire send sms}: sends an SMS to a case's contact and adds it to the case. */
@Command(name = "sms", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Send an SMS from a number connected to Acquire to the contact of an active case.",
        footer = {"", "The SMS endpoint calls the case id threadId: --thread-id is the case id.",
            "", "Example:",
            "  export ACQUIRE_API_KEY=...",
            "  acquire send sms --account acme --contact-id 597759 --thread-id 2071 \\",
            "      --timeline-id 98765 --from '+1 555 010 0000' --to '+1 555 010 9999' \\",
            "      --text 'Your order has shipped'"})
final class SendSmsCommand implements Callable<Integer> {
    private static final Map<String, String> FIELDS = Map.of(
            "caseId", "--thread-id", "contactId", "--contact-id", "timelineId", "--timeline-id", "text", "--text");

    @Spec
    CommandSpec spec;

    @Option(names = "--contact-id", paramLabel = "N", required = true, description = "The case's contact.")
    String contactId;

    @Option(names = "--thread-id", paramLabel = "N", required = true, description = "The case id (the endpoint's threadId); it must be active.")
    String threadId;

    @Option(names = "--timeline-id", paramLabel = "N", required = true, description = "The contact's timeline.")
    String timelineId;

    @Option(names = "--from", paramLabel = "E164", required = true, description = "A number connected to Acquire, with its country code.")
    String from;

    @Option(names = "--to", paramLabel = "E164", required = true, description = "The contact's number, with its country code.")
    String to;

    @Option(names = "--text", paramLabel = "TEXT", required = true, description = "The message.")
    String text;

    @Mixin
    SendOptions options;

    private final SendRunner runner;

    SendSmsCommand(SendRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.send(options, FIELDS, inputs -> {
            CaseId caseValue = inputs.parse("--thread-id", CaseId::parse, threadId);
            ContactId contactValue = inputs.parse("--contact-id", ContactId::parse, contactId);
            TimelineId timelineValue = inputs.parse("--timeline-id", TimelineId::parse, timelineId);
            PhoneNumber fromValue = inputs.parse("--from", t -> PhoneNumber.parse("from", t), from);
            PhoneNumber toValue = inputs.parse("--to", t -> PhoneNumber.parse("to", t), to);
            return inputs.attempt(() -> SmsMessage.builder()
                    .caseId(caseValue).contactId(contactValue).timelineId(timelineValue)
                    .from(fromValue).to(toValue).text(text)
                    .build());
        }, spec.commandLine().getOut());
    }
}
