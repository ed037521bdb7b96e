package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;

/**
 * The fields of the object inside an answer's {@code data} envelope that make a
 * {@code SentMessage}. One reader serves all three shapes: chat and mail put the message right in
 * {@code data}; SMS wraps it once more as {@code {cas, threadId, timeline, data:{...}}}, which
 * lands in {@link #inner}. Mutable, filled by one parse on one thread.
 */
final class MessageFields {
    long id;
    long caseMessageId;
    long caseId;
    long threadId;
    long contactId;
    long timelineId;
    long senderId;
    String senderType;
    String type;
    String message;
    String htmlBody;
    Boolean seen;
    Instant dateCreated;
    CaseFields supportCase;
    MessageFields inner;

    /** Reads a message object; the parser is at its {@code START_OBJECT} and ends at its {@code END_OBJECT}. */
    static MessageFields read(JsonParser p, int depth) throws IOException {
        MessageFields m = new MessageFields();
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "id":
                    m.id = JsonValues.id(p);
                    break;
                case "caseMessageId":
                    m.caseMessageId = JsonValues.id(p);
                    break;
                case "caseId":
                    m.caseId = JsonValues.id(p);
                    break;
                case "case_id":
                    // The SMS message names its case twice; caseId wins when both are there.
                    long alt = JsonValues.id(p);
                    m.caseId = m.caseId == JsonValues.ABSENT ? alt : m.caseId;
                    break;
                case "threadId":
                    m.threadId = JsonValues.id(p);
                    break;
                case "contactId":
                    m.contactId = JsonValues.id(p);
                    break;
                case "timelineId":
                    m.timelineId = JsonValues.id(p);
                    break;
                case "timeline":
                    long timeline = CaseFields.nestedId(p);
                    m.timelineId = m.timelineId == JsonValues.ABSENT ? timeline : m.timelineId;
                    break;
                case "senderId":
                    m.senderId = JsonValues.id(p);
                    break;
                case "senderType":
                    m.senderType = JsonValues.text(p);
                    break;
                case "type":
                    m.type = JsonValues.text(p);
                    break;
                case "message":
                    m.message = JsonValues.text(p);
                    break;
                case "htmlBody":
                    m.htmlBody = JsonValues.text(p);
                    break;
                case "seen":
                    m.seen = JsonValues.flag(p);
                    break;
                case "dateCreated":
                    m.dateCreated = JsonValues.instant(p);
                    break;
                case "case":
                case "cas": // "cas" is the SMS answer's spelling (cases__messages-1__add.md).
                    if (t == JsonToken.START_OBJECT) {
                        m.supportCase = CaseFields.read(p);
                    } else {
                        p.skipChildren();
                    }
                    break;
                case "data":
                    // Only one level of nesting is known (SMS); deeper "data" objects are not messages.
                    if (t == JsonToken.START_OBJECT && depth == 0) {
                        m.inner = read(p, depth + 1);
                    } else {
                        p.skipChildren();
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        return m;
    }
}
