package dev.acquire4j.cli;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.MailMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acquire send mail}: adds an e-mail to an active case on the email channel. */
@Command(name = "mail", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Send an email to an active case on the email channel.",
        footer = {"", "Example:",
            "  export ACQUIRE_API_KEY=...",
            "  acquire send mail --account acme --contact-id 597759 --case-id 2070 \\",
            "      --from support@acme.example --to ann@example.com \\",
            "      --subject 'Your order' --html '<p>It has shipped.</p>'"})
final class SendMailCommand implements Callable<Integer> {
    private static final Map<String, String> FIELDS = Map.of(
            "caseId", "--case-id", "contactId", "--contact-id", "htmlBody", "--html");

    @Spec
    CommandSpec spec;

    @Option(names = "--contact-id", paramLabel = "N", required = true, description = "The case's contact.")
    String contactId;

    @Option(names = "--case-id", paramLabel = "N", required = true, description = "The case; active, on the email channel.")
    String caseId;

    @Option(names = "--from", paramLabel = "ADDR", required = true, description = "An address of an inbox connected to Acquire.")
    String from;

    @Option(names = "--to", paramLabel = "ADDR", required = true, description = "A recipient; repeat for more.")
    List<String> to;

    @Option(names = "--cc", paramLabel = "ADDR", description = "A carbon-copy recipient; repeat for more.")
    List<String> cc = new ArrayList<>();

    @Option(names = "--bcc", paramLabel = "ADDR", description = "A blind carbon-copy recipient; repeat for more.")
    List<String> bcc = new ArrayList<>();

    @Option(names = "--subject", paramLabel = "TEXT", required = true, description = "The subject, one line.")
    String subject;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Body body;

    @Mixin
    SendOptions options;

    private final SendRunner runner;

    SendMailCommand(SendRunner runner) {
        this.runner = runner;
    }

    /** Exactly one of the HTML body and a file holding it. */
    static final class Body {
        @Option(names = "--html", paramLabel = "HTML", required = true, description = "The body, as HTML.")
        String html;

        @Option(names = "--html-file", paramLabel = "FILE", required = true, description = "Read the HTML body from this file (UTF-8, a regular file of at most 4 MiB).")
        Path htmlFile;
    }

    @Override
    public Integer call() {
        return runner.send(options, FIELDS, inputs -> {
            CaseId caseValue = inputs.parse("--case-id", CaseId::parse, caseId);
            ContactId contactValue = inputs.parse("--contact-id", ContactId::parse, contactId);
            EmailAddress fromValue = inputs.parse("--from", text -> EmailAddress.parse("from", text), from);
            List<EmailAddress> toValues = addresses(inputs, "to", to);
            List<EmailAddress> ccValues = addresses(inputs, "cc", cc);
            List<EmailAddress> bccValues = addresses(inputs, "bcc", bcc);
            String html = body.html != null ? body.html : readHtml(inputs, body.htmlFile);
            return inputs.attempt(() -> MailMessage.builder()
                    .caseId(caseValue).contactId(contactValue).from(fromValue)
                    .addAllTo(toValues).addAllCc(ccValues).addAllBcc(bccValues)
                    .subject(subject).htmlBody(html)
                    .build());
        }, spec.commandLine().getOut());
    }

    /** Parses each address, naming it {@code --to[i]} (from 0) when the option was repeated. */
    private static List<EmailAddress> addresses(Inputs inputs, String option, List<String> texts) {
        List<EmailAddress> parsed = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String field = texts.size() == 1 ? option : option + "[" + i + "]";
            parsed.add(inputs.parse("--" + field, text -> EmailAddress.parse(field, text), texts.get(i)));
        }
        parsed.removeIf(Objects::isNull);
        return parsed;
    }

    private static String readHtml(Inputs inputs, Path file) {
        try {
            return BoundedFiles.readUtf8(file, BoundedFiles.MAX_HTML_BYTES);
        } catch (BoundedFiles.RefusedFileException e) {
            inputs.reject("--html-file", e.getMessage());
            return null;
        }
    }
}
