package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.LanguageTag;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import dev.acquire4j.testkit.internal.Submission;
import dev.acquire4j.testkit.records.StoredMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v1/crm/messenger/chat/add-message?contactId=N&-x-user-type=user|contact} with
 * {@code {"channel":"chat","caseId":N,"message":{"type","message","caseId"[,"translateLangKey"]}}}.
 */
final class ChatEndpoint implements Endpoint {
    private static final Set<String> TYPES = Set.of("message", "note", "event");

    @Override
    public Submission read(Map<String, List<String>> query, JsonNode body) {
        SenderRole role = Query.role(query);
        ContactId contact = Query.optionalContact(query);
        if (role == SenderRole.CONTACT && contact == null) {
            // The docs: "Specify the contact ID if you were not an agent".
            throw Refusal.invalid("query parameter contactId is required when -x-user-type is contact");
        }
        ObjectNode root = Fields.root(body);
        Fields.exactly(root, "channel", "channel", "chat");
        ObjectNode message = Fields.object(root, "message", "message");
        String type = Fields.text(message, "type", "message.type");
        if (!TYPES.contains(type)) {
            throw Refusal.invalid("message.type must be message, note or event");
        }
        String text = Fields.text(message, "message", "message.message");
        String lang = Fields.optionalText(message, "translateLangKey", "message.translateLangKey");
        if (lang != null) {
            try {
                LanguageTag.of(lang);
            } catch (ValidationException e) {
                throw Refusal.invalid("message.translateLangKey must be a language code such as en");
            }
        }
        return Submission.chat(caseId(root, message), contact, role, type, text, lang);
    }

    /**
     * The raw example carries {@code caseId} top-level only, the page's text requires it inside
     * {@code message}: either is accepted, and both must agree when both are there.
     */
    private static CaseId caseId(ObjectNode root, ObjectNode message) {
        Long top = Fields.optionalId(root, "caseId", "caseId");
        Long nested = Fields.optionalId(message, "caseId", "message.caseId");
        if (top == null && nested == null) {
            throw Refusal.invalid("caseId is required");
        }
        if (top != null && nested != null && !top.equals(nested)) {
            throw Refusal.invalid("caseId (" + top + ") and message.caseId (" + nested + ") differ");
        }
        return CaseId.of(top != null ? top : nested);
    }

    @Override
    public ObjectNode answer(Ledger.Accepted a) {
        StoredMessage m = a.message();
        ObjectNode data = Shapes.object().put("channel", "chat").put("senderType", m.senderRole().wireName())
                .put("senderId", Shapes.senderId(m)).put("type", m.type()).put("seen", "no").put("message", m.text());
        data.putObject("meta");
        data.put("dateCreated", Shapes.time(m.createdAt()));
        data.set("case", Shapes.supportCase(a.supportCase(), a.contact(), m.createdAt()));
        data.set("sender", Shapes.sender(m));
        data.putNull("dateUpdated").put("id", m.id().value()).put("caseId", m.caseId().value())
                .put("threadId", a.supportCase().threadId().orElseThrow().value())
                .put("contactId", m.contactId().value());
        return data;
    }
}
