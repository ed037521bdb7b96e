package dev.acquire4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.ClosedCase;
import dev.acquire4j.domain.DeletedMessage;
import dev.acquire4j.domain.SupportCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shows the result of a {@code case} or {@code message} call: as a field/value table headed by its
 * outcome, or as one JSON object (absent fields {@code null}, control and bidi characters escaped).
 * Immutable once built.
 */
final class ResultView implements Shown {

    /** One field: its JSON name, its table label, and its value (a number, text, flag, or {@code null}). */
    private record Field(String key, String label, Object value) {}

    private final String outcome;
    private final List<Field> fields = new ArrayList<>();

    private ResultView(String outcome) {
        this.outcome = outcome;
    }

    /** {@return the view of a case an open or reopen answered with} */
    static ResultView of(String outcome, SupportCase c) {
        return new ResultView(outcome).add("caseId", "case", c.id().value())
                .add("status", "status", c.status().raw())
                .add("channel", "channel", c.channel().map(ch -> ch.wireName()).orElse(null))
                .add("contactId", "contact", id(c.contactId().map(v -> v.value())))
                .add("threadId", "thread", id(c.threadId().map(v -> v.value())))
                .add("timelineId", "timeline", id(c.timelineId().map(v -> v.value())));
    }

    /** {@return the view of a close answer} */
    static ResultView of(ClosedCase c) {
        return new ResultView("closed").add("caseId", "case", c.caseId().value())
                .add("contactId", "contact", id(c.contactId().map(v -> v.value())))
                .add("foreverClosed", "closed for good", c.foreverClosed())
                .add("leftUser", "agent left", c.leftUser());
    }

    /** {@return the view of a message a get or an edit answered with} */
    static ResultView of(String outcome, CaseMessage m) {
        return new ResultView(outcome).add("id", "message id", m.id().value())
                .add("caseId", "case", m.caseId().map(c -> c.value()).orElse(null))
                .add("channel", "channel", m.channel().map(ch -> ch.wireName()).orElse(null))
                .add("senderRole", "sender", m.senderRole().map(r -> r.wireName()).orElse(null))
                .add("type", "type", m.type().orElse(null))
                .add("text", "text", m.text().orElse(null))
                .add("createdAt", "created at", m.createdAt().map(Object::toString).orElse(null))
                .add("updatedAt", "updated at", m.updatedAt().map(Object::toString).orElse(null));
    }

    /** {@return the view of a delete answer} */
    static ResultView of(DeletedMessage d) {
        return new ResultView("deleted").add("id", "message id", d.messageId().value()).add("deleted", "deleted", d.deleted());
    }

    /** {@return the table, headed by the outcome and the transport} */
    @Override
    public String table(Transport transport) {
        TextTable table = new TextTable("outcome", outcome).row("transport", transport.cliName());
        for (Field f : fields) {
            table.row(f.label(), f.value() == null ? null : f.value().toString());
        }
        return table.render();
    }

    /** {@return one line of JSON, with the outcome first} */
    @Override
    public String json() {
        ObjectNode o = VisibleJson.object().put("outcome", outcome);
        for (Field f : fields) {
            Object v = f.value();
            if (v == null) {
                o.putNull(f.key());
            } else if (v instanceof Long n) {
                o.put(f.key(), n);
            } else if (v instanceof Boolean b) {
                o.put(f.key(), b);
            } else {
                o.put(f.key(), v.toString());
            }
        }
        return VisibleJson.write(o);
    }

    private ResultView add(String key, String label, Object value) {
        fields.add(new Field(key, label, value));
        return this;
    }

    private static Long id(Optional<Long> value) {
        return value.orElse(null);
    }
}
