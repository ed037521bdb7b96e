package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.PhoneNumber;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import dev.acquire4j.testkit.internal.Submission;
import dev.acquire4j.testkit.records.StoredMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/voip/send-sms?-x-user-type=user|contact} with
 * {@code {"From","To","contactId","Body","threadId","timelineId"}} (capitalised keys as documented;
 * {@code threadId} is the case id).
 */
final class SmsEndpoint implements Endpoint {
    @Override
    public Submission read(Map<String, List<String>> query, JsonNode body) {
        SenderRole role = Query.role(query);
        ObjectNode root = Fields.root(body);
        String from = e164(Fields.text(root, "From", "From"), "From");
        String to = e164(Fields.text(root, "To", "To"), "To");
        long contactId = Fields.id(root, "contactId", "contactId");
        String text = Fields.text(root, "Body", "Body");
        long caseId = Fields.id(root, "threadId", "threadId");
        long timelineId = Fields.id(root, "timelineId", "timelineId");
        return Submission.sms(CaseId.of(caseId), ContactId.of(contactId), TimelineId.of(timelineId), role, from, to, text);
    }

    /** The numbers must already be E.164: the API gets no chance to guess a format. */
    private static String e164(String raw, String path) {
        try {
            return new PhoneNumber(raw).e164();
        } catch (ValidationException e) {
            throw Refusal.invalid(path + " must be an E.164 number such as +12513188609");
        }
    }

    @Override
    public ObjectNode answer(Ledger.Accepted a) {
        StoredMessage m = a.message();
        SupportCase c = a.supportCase();
        Instant now = m.createdAt();
        ObjectNode cas = Shapes.supportCase(c, a.contact(), now);
        cas.set("timeline", Shapes.timeline(c, now));
        ObjectNode message = Shapes.object();
        message.putArray("members");
        message.put("message", m.text()).put("msgType", "sms").put("channelType", "voip");
        message.putArray("attachments");
        message.put("id", Shapes.rowId(m)).put("caseId", m.caseId().value()).put("from", m.from().orElseThrow())
                .put("to", m.to().get(0)).put("senderType", m.senderRole().wireName())
                .put("senderId", Shapes.senderId(m)).put("type", "sms").put("caseMessageId", m.id().value())
                .put("timelineId", m.timelineId().orElseThrow().value()).put("contactId", m.contactId().value())
                .put("seen", "yes").put("dateCreated", Shapes.time(now)).put("status", "sent");
        message.set("sender", Shapes.sender(m));
        message.set("cas", cas.deepCopy());
        message.put("case_id", m.caseId().value());
        message.set("timeline", Shapes.timeline(c, now));
        ObjectNode timeline = Shapes.timeline(c, now);
        timeline.set("case", cas.deepCopy());
        // "cas" is the API's own spelling; the top-level threadId echoes the case id sent as threadId.
        ObjectNode data = Shapes.object();
        data.set("cas", cas);
        data.put("threadId", m.caseId().value());
        data.set("timeline", timeline);
        data.set("data", message);
        return data;
    }
}
