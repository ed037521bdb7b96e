package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import dev.acquire4j.testkit.internal.Submission;
import dev.acquire4j.testkit.records.StoredMessage;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/mail/add-message} with {@code {"data":{"caseId","contactId","type":"message",
 * "from","to":[..],"cc","bcc","subject","htmlBody"}}}}, the fields the mail table documents; an
 * {@code attachments} field, which neither the table nor the raw example has, is refused.
 */
final class MailEndpoint implements Endpoint {
    @Override
    public Submission read(Map<String, List<String>> query, JsonNode body) {
        ObjectNode data = Fields.object(Fields.root(body), "data", "data");
        long caseId = Fields.id(data, "caseId", "data.caseId");
        long contactId = Fields.id(data, "contactId", "data.contactId");
        Fields.exactly(data, "type", "data.type", "message");
        String from = address(Fields.text(data, "from", "data.from"), "data.from");
        List<String> to = addresses(Fields.strings(data, "to", "data.to", true), "data.to");
        if (to.isEmpty()) {
            throw Refusal.invalid("data.to needs at least one recipient");
        }
        List<String> cc = addresses(Fields.strings(data, "cc", "data.cc", false), "data.cc");
        List<String> bcc = addresses(Fields.strings(data, "bcc", "data.bcc", false), "data.bcc");
        String subject = Fields.optionalText(data, "subject", "data.subject");
        if (subject != null && (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0)) {
            throw Refusal.invalid("data.subject must be one line");
        }
        String html = Fields.optionalText(data, "htmlBody", "data.htmlBody");
        if (data.has("attachments")) {
            throw Refusal.invalid("data.attachments is not a documented field of the mail body");
        }
        return Submission.mail(CaseId.of(caseId), ContactId.of(contactId), from, to, cc, bcc, subject,
                html == null ? "" : html);
    }

    private static List<String> addresses(List<String> raw, String path) {
        for (int i = 0; i < raw.size(); i++) {
            address(raw.get(i), path + "[" + i + "]");
        }
        return raw;
    }

    private static String address(String raw, String path) {
        try {
            EmailAddress.parse(raw);
            return raw;
        } catch (ValidationException e) {
            throw Refusal.invalid(path + " must be a bare e-mail address");
        }
    }

    @Override
    public ObjectNode answer(Ledger.Accepted a) {
        StoredMessage m = a.message();
        ObjectNode data = Shapes.object().put("id", m.id().value()).put("caseMessageId", m.id().value())
                .putNull("channelId").put("caseId", m.caseId().value()).put("inboxId", 1).put("mailId", 1)
                .put("type", m.type()).put("senderType", "user").put("senderId", Shapes.AGENT_ID);
        people(data.putArray("to"), m.to());
        data.putObject("from").put("Name", "").put("Email", m.from().orElseThrow()).put("MailboxHash", "");
        people(data.putArray("cc"), m.cc());
        people(data.putArray("bcc"), m.bcc());
        data.putNull("reply_to").put("subject", m.subject().orElse(""))
                .put("textBody", m.text().replaceAll("<[^>]*>", "")).put("htmlBody", m.text());
        data.putArray("attachments");
        data.put("dateCreated", Shapes.time(m.createdAt())).putNull("dateSeen").put("seen", "no").put("isDraft", "no")
                .put("scheduleAt", Shapes.time(m.createdAt())).putNull("meta");
        data.set("sender", Shapes.object().put("type", "user").put("id", Shapes.AGENT_ID).put("name", "Fake Agent")
                .put("email", "").put("photo", ""));
        data.put("mailMsgId", Shapes.rowId(m));
        return data;
    }

    private static void people(ArrayNode into, List<String> addresses) {
        addresses.forEach(address -> into.addObject().put("Name", "").put("Email", address));
    }
}
