package dev.acquire4j.cli;

import dev.acquire4j.domain.CaseColumn;
import dev.acquire4j.domain.CaseCondition;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseOperator;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.CaseRelation;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.Redaction;
import dev.acquire4j.domain.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acquire case list}: one page of the case list, filtered, with its page data. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List cases, one page at a time, with each case's contact, thread and timeline.",
            "Every condition must hold. The page data (page, offset, limit, count) is printed; a page",
            "holding fewer cases than count says so."},
        footer = {"", "Examples:",
            "  acquire case list --account acme --contact-id 597759 --status active",
            "  acquire case list --account acme --where contactId:eq:597759 --where status:eq:active --page 1"})
final class CaseListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--case-id", paramLabel = "N", description = "Only this case (where id|eq|N).")
    String caseId;

    @Option(names = "--contact-id", paramLabel = "N", description = "Only this contact's cases (where contactId|eq|N).")
    String contactId;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only cases with this status, e.g. active or closed.")
    String status;

    @Option(names = "--where", paramLabel = "COLUMN:OP:VALUE",
            description = {"A condition, repeatable: a column of the case list (contactId, status, parentId, ...),",
                "the operator eq (the one Acquire documents) and a value, e.g. status:eq:active."})
    List<String> where = new ArrayList<>();

    @Option(names = "--page", paramLabel = "N", description = "The page to show, from 0 (default: 0).")
    String page;

    @Mixin
    ClientOptions options;

    private final CaseRunner runner;

    CaseListCommand(CaseRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.<CasePage>run(options, inputs -> {
            CaseQuery.Builder query = CaseQuery.builder().relations(CaseRelation.CONTACT, CaseRelation.TIMELINE);
            CaseId id = inputs.parse("--case-id", CaseId::parse, caseId);
            if (id != null) {
                query.whereEquals(CaseColumn.ID, id.toString());
            }
            ContactId contact = inputs.parse("--contact-id", ContactId::parse, contactId);
            if (contact != null) {
                query.whereEquals(CaseColumn.CONTACT_ID, contact.toString());
            }
            CaseCondition byStatus = inputs.parse("--status", s -> CaseCondition.equal(CaseColumn.STATUS, s), status);
            if (byStatus != null) {
                query.where(byStatus.column(), byStatus.operator(), byStatus.value());
            }
            for (int i = 0; i < where.size(); i++) {
                CaseCondition c = inputs.parse("--where[" + i + "]", CaseListCommand::condition, where.get(i));
                if (c != null) {
                    query.where(c.column(), c.operator(), c.value());
                }
            }
            Long pageNumber = inputs.parse("--page", CaseListCommand::page, page);
            CaseQuery built = inputs.attempt(() -> query.page(pageNumber == null ? 0 : pageNumber).build());
            return client -> client.cases().list(built);
        }, CaseView.PAGE, spec.commandLine().getOut());
    }

    /** Reads {@code COLUMN:OP:VALUE}; the value may itself hold colons. */
    static CaseCondition condition(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length != 3) {
            throw ValidationException.of("where", "where", "must be COLUMN:OP:VALUE, e.g. status:eq:active",
                    Redaction.text(text));
        }
        CaseColumn column = CaseColumn.fromWireName(parts[0]);
        if (column == null) {
            throw ValidationException.of("where", "where", "names no column of the case list; one of "
                    + Arrays.stream(CaseColumn.values()).map(CaseColumn::wireName).toList(), Redaction.plain(parts[0]));
        }
        CaseOperator operator = CaseOperator.fromWireName(parts[1]);
        if (operator == null) {
            throw ValidationException.of("where", "where", "has an unknown operator; Acquire documents only eq",
                    Redaction.plain(parts[1]));
        }
        return new CaseCondition(column, operator, parts[2]);
    }

    private static Long page(String text) {
        try {
            long n = Long.parseLong(text.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ValidationException.of("page", "page", "must be a whole number, 0 or more", Redaction.plain(text));
    }
}
