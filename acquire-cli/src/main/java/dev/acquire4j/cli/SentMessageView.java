package dev.acquire4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.SentMessage;
import java.util.Optional;

/** Shows what Acquire answered to a send: as a field/value table, or as one JSON object. */
final class SentMessageView {

    private SentMessageView() {}

    /**
     * {@return the answer as an aligned two-column table}
     *
     * @param transport the transport it went through
     * @param sent the answer
     */
    static String table(Transport transport, SentMessage sent) {
        return new TextTable("outcome", "sent")
                .row("transport", transport.cliName())
                .row("channel", sent.channel().wireName())
                .row("message id", sent.id().toString())
                .row("case", text(sent.caseId()))
                .row("thread", text(sent.threadId()))
                .row("contact", text(sent.contactId()))
                .row("timeline", text(sent.timelineId()))
                .row("sender", sender(sent))
                .row("type", sent.type().orElse(null))
                .row("seen", sent.seen().map(seen -> seen ? "yes" : "no").orElse(null))
                .row("created at", text(sent.createdAt()))
                .render();
    }

    /**
     * {@return the answer as one line of JSON; absent fields are {@code null}, and control and bidi
     * characters in values are JSON escapes}
     *
     * @param sent the answer
     */
    static String json(SentMessage sent) {
        ObjectNode o = VisibleJson.object();
        o.put("id", sent.id().value());
        o.put("channel", sent.channel().wireName());
        o.put("caseId", sent.caseId().map(id -> id.value()).orElse(null));
        o.put("threadId", sent.threadId().map(id -> id.value()).orElse(null));
        o.put("contactId", sent.contactId().map(id -> id.value()).orElse(null));
        o.put("timelineId", sent.timelineId().map(id -> id.value()).orElse(null));
        o.put("senderRole", sent.senderRole().map(role -> role.wireName()).orElse(null));
        o.put("senderId", sent.senderId().isPresent() ? sent.senderId().getAsLong() : null);
        o.put("type", sent.type().orElse(null));
        o.put("seen", sent.seen().orElse(null));
        o.put("createdAt", text(sent.createdAt()));
        return VisibleJson.write(o);
    }

    private static String sender(SentMessage sent) {
        String role = sent.senderRole().map(r -> r.wireName()).orElse(null);
        String id = sent.senderId().isPresent() ? Long.toString(sent.senderId().getAsLong()) : null;
        if (role == null && id == null) {
            return null;
        }
        return role == null ? id : id == null ? role : role + " " + id;
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }
}
