package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.domain.TimelineId;
import java.io.IOException;

/**
 * Reads a 2xx answer body, straight from its bytes and without building a tree, into a
 * {@link SentMessage}. Lenient about content (unknown fields, nulls, odd scalar forms), strict
 * about syntax and about the one field a send needs back: the message id. Thread-safe.
 */
final class AnswerReader {
    private final JsonFactory json;

    AnswerReader(JsonFactory json) {
        this.json = json;
    }

    /**
     * Reads an answer.
     *
     * @param channel the channel the request was sent on, which picks the text field
     * @param body the answer body
     * @throws UnreadableAnswerException if the body is not JSON, has no {@code data} object, or names no message id
     */
    SentMessage read(Channel channel, byte[] body) throws UnreadableAnswerException {
        if (body.length == 0) {
            throw new UnreadableAnswerException("has an empty body");
        }
        MessageFields data = parse(body);
        MessageFields msg = data.inner != null && hasId(data.inner) ? data.inner : data;
        long id = msg.caseMessageId != JsonValues.ABSENT ? msg.caseMessageId : msg.id;
        if (id == JsonValues.ABSENT) {
            throw new UnreadableAnswerException("names no message id");
        }
        CaseFields c = msg.supportCase != null ? msg.supportCase : data.supportCase;
        SentMessage.Builder b = SentMessage.builder().id(MessageId.of(id)).channel(channel);
        long caseId = first(msg.caseId, c == null ? JsonValues.ABSENT : c.id);
        // Not the SMS envelope's own "threadId": that one repeats the case id, as the SMS request does.
        long threadId = first(msg.threadId, c == null ? JsonValues.ABSENT : c.threadId);
        long contactId = first(msg.contactId, c == null ? JsonValues.ABSENT : c.contactId);
        long timelineId = first(first(msg.timelineId, data.timelineId), c == null ? JsonValues.ABSENT : c.timelineId);
        if (caseId != JsonValues.ABSENT) {
            b.caseId(CaseId.of(caseId));
        }
        if (threadId != JsonValues.ABSENT) {
            b.threadId(ThreadId.of(threadId));
        }
        if (contactId != JsonValues.ABSENT) {
            b.contactId(ContactId.of(contactId));
        }
        if (timelineId != JsonValues.ABSENT) {
            b.timelineId(TimelineId.of(timelineId));
        }
        if (msg.senderId != JsonValues.ABSENT) {
            b.senderId(msg.senderId);
        }
        SenderRoles.fromWire(msg.senderType).ifPresent(b::senderRole);
        if (msg.type != null) {
            b.type(msg.type);
        }
        String text = channel == Channel.EMAIL && msg.htmlBody != null ? msg.htmlBody : msg.message;
        if (text != null) {
            b.text(text);
        }
        if (msg.seen != null) {
            b.seen(msg.seen);
        }
        if (msg.dateCreated != null) {
            b.createdAt(msg.dateCreated);
        }
        if (c != null) {
            c.toSupportCase().ifPresent(b::supportCase);
        }
        return b.build();
    }

    private MessageFields parse(byte[] body) throws UnreadableAnswerException {
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableAnswerException("is not a JSON object");
            }
            MessageFields data = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if (name.equals("data") && t == JsonToken.START_OBJECT) {
                    data = MessageFields.read(p, 0);
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new UnreadableAnswerException("has content after the JSON object");
            }
            if (data == null) {
                throw new UnreadableAnswerException("has no \"data\" object");
            }
            return data;
        } catch (JsonProcessingException e) {
            // The Jackson message may quote the body; only the position is kept.
            throw new UnreadableAnswerException("is not valid JSON" + where(e.getLocation()));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableAnswerException("could not be read as JSON");
        }
    }

    private static boolean hasId(MessageFields m) {
        return m.id != JsonValues.ABSENT || m.caseMessageId != JsonValues.ABSENT;
    }

    private static long first(long a, long b) {
        return a != JsonValues.ABSENT ? a : b;
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
