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

    /**
     * A value that ends up in a mail header: one line, and nothing a terminal or a header parser
     * could take as a control. Refuses every line separator (CR, LF, VT, FF, NEL U+0085, U+2028,
     * U+2029) and every other C0 or C1 control character, tab and ESC included.
     */
    static void requireHeaderLine(Violations v, String field, String text) {
        v.addIf(text != null && text.chars().anyMatch(MessageChecks::isLineBreakOrControl), field,
                "must be a single line without control characters (no CR, LF, tab, VT, FF, ESC, NEL,"
                        + " U+2028, U+2029 or other C0/C1 control)", Redaction.text(text));
    }

    private static boolean isLineBreakOrControl(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
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
