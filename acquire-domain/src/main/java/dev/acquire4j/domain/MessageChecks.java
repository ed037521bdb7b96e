package dev.acquire4j.domain;

import java.util.List;
import java.util.Optional;

/** Checks the three message types share. */
final class MessageChecks {
    private MessageChecks() {}

    static void requireText(Violations v, String field, String text, int maxLength) {
        if (!v.require(text, field)) {
            return;
        }
        v.addIf(text.isBlank(), field, "must not be blank", "");
        v.addIf(text.indexOf('\0') >= 0, field, "must not contain NUL characters", Redaction.text(text));
        v.addIf(maxLength > 0 && text.length() > maxLength, field,
                "must have at most " + maxLength + " characters", Redaction.text(text));
    }

    static void requireElements(Violations v, String field, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            v.require(values.get(i), field + "[" + i + "]");
        }
    }

    static void requireSingleLine(Violations v, String field, String text) {
        v.addIf(text != null && (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0),
                field, "must not contain CR or LF", Redaction.text(text));
    }

    static void checkCase(Violations v, Channel channel, CaseId caseId, ContactId contactId,
            TimelineId timelineId, Optional<SupportCase> knownCase) {
        v.require(caseId, "caseId");
        v.require(contactId, "contactId");
        if (knownCase.isEmpty()) {
            return;
        }
        SupportCase c = knownCase.get();
        v.addIf(caseId != null && !caseId.equals(c.id()), "caseId",
                "must be the id of the case given to forCase (" + c.id() + ")", caseId == null ? "" : caseId.toString());
        for (Violation violation : CasePolicy.violations(channel, contactId, timelineId, c)) {
            v.add(violation.field(), violation.rule(), violation.shownValue());
        }
    }
}
