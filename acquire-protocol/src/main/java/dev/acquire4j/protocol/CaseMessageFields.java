package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.MessageId;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stored messages of a case: the entries of its {@code messages} relation, each shaped as
 * {@code cases__messages-1__get.md} shows one message ({@code id}, {@code caseId}, {@code channel},
 * {@code senderId}, {@code senderType}, {@code type}, {@code message}, {@code dateCreated},
 * {@code dateUpdated}, {@code seen}), with the mail record's {@code subject} and {@code htmlBody}
 * and the SMS answer's {@code Body} where a channel stores its content there. Mutable, filled by
 * one parse on one thread.
 */
final class CaseMessageFields {
    long id;
    long caseId;
    String channel;
    String type;
    String senderType;
    long senderId;
    String message;
    String body;
    String htmlBody;
    String subject;
    Boolean seen;
    Instant dateCreated;
    Instant dateUpdated;

    /**
     * Reads a {@code messages} array; the parser is at its {@code START_ARRAY} and ends at its
     * {@code END_ARRAY}.
     *
     * @return the messages, or {@code null} when an entry is not an object with an id: a list that
     *     cannot be read whole must not be taken for the case's messages
     */
    static List<CaseMessage> readList(JsonParser p) throws IOException {
        List<CaseMessage> messages = new ArrayList<>();
        boolean whole = true;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                whole = false;
                continue;
            }
            CaseMessageFields m = read(p);
            if (m.id == JsonValues.ABSENT) {
                whole = false;
            } else {
                messages.add(m.toCaseMessage());
            }
        }
        return whole ? messages : null;
    }

    /** Reads one message object; the parser is at its {@code START_OBJECT} and ends at its {@code END_OBJECT}. */
    static CaseMessageFields read(JsonParser p) throws IOException {
        CaseMessageFields m = new CaseMessageFields();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "id" -> m.id = JsonValues.id(p);
                case "caseId" -> m.caseId = JsonValues.id(p);
                case "channel" -> m.channel = JsonValues.text(p);
                case "type" -> m.type = JsonValues.text(p);
                case "senderType" -> m.senderType = JsonValues.text(p);
                case "senderId" -> m.senderId = JsonValues.id(p);
                case "message" -> m.message = JsonValues.text(p);
                case "Body" -> m.body = JsonValues.text(p);
                case "htmlBody" -> m.htmlBody = JsonValues.text(p);
                case "subject" -> m.subject = JsonValues.text(p);
                case "seen" -> m.seen = JsonValues.flag(p);
                case "dateCreated" -> m.dateCreated = JsonValues.instant(p);
                case "dateUpdated" -> m.dateUpdated = JsonValues.instant(p);
                default -> p.skipChildren();
            }
        }
        return m;
    }

    /** {@return the message; the id must be present} */
    CaseMessage toCaseMessage() {
        CaseMessage.Builder b = CaseMessage.builder().id(MessageId.of(id));
        if (caseId != JsonValues.ABSENT) {
            b.caseId(CaseId.of(caseId));
        }
        if (channel != null) {
            b.rawChannel(channel);
            Channel.fromWire(channel).ifPresent(b::channel);
        }
        if (type != null) {
            b.type(type);
        }
        SenderRoles.fromWire(senderType).ifPresent(b::senderRole);
        if (senderId != JsonValues.ABSENT) {
            b.senderId(senderId);
        }
        String text = htmlBody != null ? htmlBody : message != null ? message : body;
        if (text != null) {
            b.text(text);
        }
        if (subject != null) {
            b.subject(subject);
        }
        if (seen != null) {
            b.seen(seen);
        }
        if (dateCreated != null) {
            b.createdAt(dateCreated);
        }
        if (dateUpdated != null) {
            b.updatedAt(dateUpdated);
        }
        return b.build();
    }
}
