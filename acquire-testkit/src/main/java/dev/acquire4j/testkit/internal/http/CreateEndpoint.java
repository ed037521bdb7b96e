package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.Contact;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.testkit.records.RecordedRequest;
import dev.acquire4j.testkit.internal.CaseLifecycleRules;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v1/crm/messenger/chat/create?contactId=N} ({@code cases__create.md}, and
 * {@code cases__reopen-case.md} when the body names a {@code threadId}). The body is optional; when
 * given, only the fields of the two raw examples are taken, each with its type. Answers as the
 * examples do. Thread-safe.
 */
final class CreateEndpoint {
    private static final Set<String> BODY = Set.of("title", "source", "mentionUsers", "message", "channel",
            "routeAgentId", "agentId", "isFromCobrowse", "fields", "sessionId", "threadId");
    private static final Set<String> MESSAGE = Set.of("type", "message", "translateLangKey");

    private final Ledger ledger;
    private final CaseLifecycleRules rules;

    CreateEndpoint(Ledger ledger) {
        this.ledger = ledger;
        this.rules = new CaseLifecycleRules(ledger);
    }

    ObjectNode process(RecordedRequest request, Map<String, List<String>> query) {
        BodyFields.allowQuery(query, Set.of("contactId", "-x-user-type"));
        List<String> ids = query.getOrDefault("contactId", List.of());
        if (ids.size() != 1) {
            throw Refusal.invalid("query parameter contactId is required, once");
        }
        ContactId contactId = ContactId.of(BodyFields.positive(ids.get(0), "query parameter contactId"));
        ObjectNode body = request.body().length == 0 ? Shapes.object() : BodyFields.objectBody(request);
        BodyFields.allowFields(body, BODY, "");
        String title = Fields.optionalText(body, "title", "title");
        String source = Fields.optionalText(body, "source", "source");
        Fields.strings(body, "mentionUsers", "mentionUsers", false);
        String first = firstMessage(body, source);
        Channel channel = channel(Fields.optionalText(body, "channel", "channel"));
        BodyFields.optionalCount(body, "routeAgentId");
        BodyFields.optionalCount(body, "agentId");
        BodyFields.optionalFlag(body, "isFromCobrowse");
        BodyFields.optionalObject(body, "fields");
        BodyFields.optionalCount(body, "sessionId");
        Long thread = Fields.optionalId(body, "threadId", "threadId");
        SupportCase c = thread == null ? rules.open(contactId, channel, first)
                : rules.reopen(contactId, ThreadId.of(thread), first);
        return answer(c, title, first);
    }

    /** The message object, if any: its text must be there and not blank, and its type {@code message}. */
    private static String firstMessage(ObjectNode body, String source) {
        if (body.get("message") == null || body.get("message").isNull()) {
            return null;
        }
        ObjectNode message = Fields.object(body, "message", "message");
        BodyFields.allowFields(message, MESSAGE, "message.");
        String type = Fields.optionalText(message, "type", "message.type");
        if (type != null && !type.equals("message")) {
            throw Refusal.invalid("message.type must be \"message\"");
        }
        Fields.optionalText(message, "translateLangKey", "message.translateLangKey");
        if (source != null && !source.equals("firstMessage")) {
            throw Refusal.invalid("source must be \"firstMessage\" when a message is given");
        }
        return Fields.text(message, "message", "message.message");
    }

    private static Channel channel(String wire) {
        if (wire == null) {
            return null;
        }
        return Channel.fromWire(wire).filter(c -> c.wireName().equals(wire))
                .orElseThrow(() -> Refusal.invalid("channel must be chat, email or sms"));
    }

    private ObjectNode answer(SupportCase c, String title, String first) {
        Contact contact = ledger.findContact(c.contactId().orElseThrow()).orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode data = Shapes.object();
        if (title == null) {
            data.putNull("title");
        } else {
            data.put("title", title);
        }
        if (first == null) {
            data.putNull("description");
        } else {
            data.put("description", first);
        }
        data.put("channel", c.channel().orElseThrow().wireName());
        data.set("contact", Shapes.contact(contact, now));
        data.put("status", c.status().raw()).put("dateQueue", Shapes.time(now)).put("dateCreated", Shapes.time(now))
                .putNull("datePending").putNull("dateActive").putNull("visitId");
        data.putArray("users");
        data.put("parentId", c.threadId().orElseThrow().value()).put("userId", Shapes.AGENT_ID).putNull("dateUpdated")
                .putNull("closedBy").putNull("closingState").putNull("dateClosed").put("id", c.id().value())
                .put("threadId", c.threadId().orElseThrow().value());
        data.putArray("fields");
        data.put("isCaseJoined", false).put("timelineId", c.timelineId().orElseThrow().value());
        data.putArray("preMessages");
        return data;
    }
}
