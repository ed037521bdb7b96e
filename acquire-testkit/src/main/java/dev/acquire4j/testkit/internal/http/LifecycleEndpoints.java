package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.records.RecordedRequest;
import dev.acquire4j.testkit.records.StoredMessage;
import dev.acquire4j.testkit.internal.CaseLifecycleRules;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Closing a case ({@code POST /api/v1/crm/messenger/chat/close}, {@code cases__close-case.md}) and
 * the stored-message endpoints: {@code GET} and {@code DELETE /api/v1/crm/objects/case-message/{id}}
 * ({@code cases__messages-1__get.md}, {@code cases__messages-1__delete-message.md}) and
 * {@code POST /api/v1/crm/messenger/chat/message/{id}} ({@code cases__messages-1__update.md}).
 * None takes a query parameter; bodies carry only the documented fields. Answers follow the
 * examples. Thread-safe.
 */
final class LifecycleEndpoints {
    static final String CLOSE_PATH = "/api/v1/crm/messenger/chat/close";
    static final String MESSAGE_PATH = "/api/v1/crm/objects/case-message/";
    static final String EDIT_PATH = "/api/v1/crm/messenger/chat/message/";
    /** The close body's fields: the parameter table's {@code caseId} and the raw example's options. */
    private static final Set<String> CLOSE_BODY = Set.of("caseId", "archive", "closingState", "meta", "forceClose",
            "leaveOnly", "leaveEvent", "askFeedback");
    private static final Set<String> EDIT_MESSAGE = Set.of("type", "message", "translateLangKey");

    private final Ledger ledger;
    private final CaseLifecycleRules rules;

    LifecycleEndpoints(Ledger ledger) {
        this.ledger = ledger;
        this.rules = new CaseLifecycleRules(ledger);
    }

    /** {@return whether a path is one of these endpoints} */
    static boolean handles(String path) {
        return path.equals(CLOSE_PATH) || path.startsWith(MESSAGE_PATH) || path.startsWith(EDIT_PATH);
    }

    /** {@return the methods a path accepts, as an {@code Allow} header lists them} */
    static String methods(String path) {
        return path.startsWith(MESSAGE_PATH) ? "GET, DELETE" : "POST";
    }

    /**
     * Answers an authorised request with an accepted method.
     *
     * @throws Refusal for anything the docs do not allow, or an unknown case or message
     */
    JsonNode process(RecordedRequest request) {
        BodyFields.allowQuery(request.queryParameters(), Set.of());
        String path = request.path();
        if (path.equals(CLOSE_PATH)) {
            return close(BodyFields.objectBody(request));
        }
        if (path.startsWith(EDIT_PATH)) {
            MessageId id = MessageId.of(BodyFields.pathId(path, EDIT_PATH, "the message id"));
            return edit(id, BodyFields.objectBody(request));
        }
        BodyFields.noBody(request);
        MessageId id = MessageId.of(BodyFields.pathId(path, MESSAGE_PATH, "the message id"));
        if (request.method().equals("DELETE")) {
            ledger.deleteMessage(id);
            return Shapes.object().put("deleted", 1);
        }
        StoredMessage m = ledger.findMessage(id).orElseThrow(() -> Refusal.notFound("message " + id + " not found"));
        return message(m);
    }

    private ObjectNode close(ObjectNode body) {
        BodyFields.allowFields(body, CLOSE_BODY, "");
        CaseId caseId = CaseId.of(Fields.id(body, "caseId", "caseId"));
        String archive = Fields.optionalText(body, "archive", "archive");
        if (archive != null && !archive.equals("yes") && !archive.equals("no")) {
            throw Refusal.invalid("archive must be \"yes\" or \"no\"");
        }
        String state = Fields.optionalText(body, "closingState", "closingState");
        if (state != null && state.isBlank()) {
            throw Refusal.invalid("closingState must not be blank");
        }
        BodyFields.optionalObject(body, "meta");
        BodyFields.optionalFlag(body, "forceClose");
        BodyFields.optionalFlag(body, "leaveEvent");
        BodyFields.optionalFlag(body, "askFeedback");
        boolean leaveOnly = Boolean.TRUE.equals(BodyFields.optionalFlag(body, "leaveOnly"));
        CaseLifecycleRules.Closed closed = rules.close(caseId, leaveOnly);
        SupportCase c = closed.supportCase();
        ObjectNode data = Shapes.object();
        data.putObject("0").put("foreverClosed", closed.closedForGood()).put("leftUser", true)
                .put("caseId", c.id().value()).put("contactId", c.contactId().orElseThrow().value());
        return data.put("userId", Shapes.AGENT_ID).put("userType", "user");
    }

    private ObjectNode edit(MessageId id, ObjectNode body) {
        BodyFields.allowFields(body, Set.of("message"), "");
        ObjectNode message = Fields.object(body, "message", "message");
        BodyFields.allowFields(message, EDIT_MESSAGE, "message.");
        String type = Fields.optionalText(message, "type", "message.type");
        if (type != null && !type.equals("message")) {
            throw Refusal.invalid("message.type must be \"message\"");
        }
        String text = Fields.text(message, "message", "message.message");
        String lang = Fields.optionalText(message, "translateLangKey", "message.translateLangKey");
        StoredMessage m = ledger.editMessage(id, text, lang);
        SupportCase c = ledger.findCase(m.caseId()).orElseThrow();
        ObjectNode data = message(m);
        data.set("case", Shapes.supportCase(c, ledger.findContact(m.contactId()).orElseThrow(), now()));
        return data.put("threadId", c.threadId().orElseThrow().value());
    }

    /** A message as the get example shows it. */
    private ObjectNode message(StoredMessage m) {
        ObjectNode n = Shapes.object().put("id", m.id().value()).put("caseId", m.caseId().value())
                .put("channel", m.channel().wireName()).put("senderId", Shapes.senderId(m))
                .put("senderType", m.senderRole().wireName()).put("type", m.type()).put("message", m.text())
                .put("dateCreated", Shapes.time(m.createdAt()));
        ledger.editedAt(m.id()).ifPresentOrElse(t -> n.put("dateUpdated", Shapes.time(t)), () -> n.putNull("dateUpdated"));
        n.put("seen", "no").putObject("meta");
        n.set("sender", Shapes.sender(m));
        return n;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
