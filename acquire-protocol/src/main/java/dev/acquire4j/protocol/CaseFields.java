package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.domain.CaseMessage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a case object in an answer ({@code case} in chat, {@code cas} in SMS) that make a
 * {@link SupportCase} snapshot. Mutable, filled by one parse on one thread.
 */
final class CaseFields {
    long id;
    String status;
    String channel;
    long contactId;
    long threadId;
    long timelineId;
    /** The {@code messages} relation; {@code null} when absent or when an entry could not be read. */
    List<CaseMessage> messages;
    /** Whether a {@code messages} array came, readable or not. */
    boolean messagesGiven;

    /** Reads a case object; the parser is at its {@code START_OBJECT} and ends at its {@code END_OBJECT}. */
    static CaseFields read(JsonParser p) throws IOException {
        CaseFields c = new CaseFields();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "id":
                    c.id = JsonValues.id(p);
                    break;
                case "status":
                    c.status = JsonValues.text(p);
                    break;
                case "channel":
                    c.channel = JsonValues.text(p);
                    break;
                case "contactId":
                    c.contactId = JsonValues.id(p);
                    break;
                case "contact":
                    // The chat answer nests the contact instead of naming its id.
                    long nested = nestedId(p);
                    c.contactId = c.contactId == JsonValues.ABSENT ? nested : c.contactId;
                    break;
                case "threadId":
                    c.threadId = JsonValues.id(p);
                    break;
                case "timelineId":
                    c.timelineId = JsonValues.id(p);
                    break;
                case "messages":
                    if (p.currentToken() == JsonToken.START_ARRAY) {
                        c.messagesGiven = true;
                        c.messages = CaseMessageFields.readList(p);
                    } else {
                        p.skipChildren();
                    }
                    break;
                case "timeline":
                    long timeline = nestedId(p);
                    c.timelineId = c.timelineId == JsonValues.ABSENT ? timeline : c.timelineId;
                    break;
                default:
                    p.skipChildren();
            }
        }
        return c;
    }

    /**
     * {@return the {@code id} of a nested object, or of the one object in a one-element array (the
     * reference types {@code contact} and {@code timeline} as "JSON Array Object"); else
     * {@link JsonValues#ABSENT}, skipping the value}
     */
    static long nestedId(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            long id = JsonValues.ABSENT;
            int entries = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                entries++;
                id = t == JsonToken.START_OBJECT ? objectId(p) : skip(p);
            }
            // Several entries name several objects: none of them is "the" contact or timeline.
            return entries == 1 ? id : JsonValues.ABSENT;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return JsonValues.ABSENT;
        }
        return objectId(p);
    }

    private static long skip(JsonParser p) throws IOException {
        p.skipChildren();
        return JsonValues.ABSENT;
    }

    private static long objectId(JsonParser p) throws IOException {
        long id = JsonValues.ABSENT;
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            if (name.equals("id")) {
                id = JsonValues.id(p);
            } else {
                p.skipChildren();
            }
        }
        return id;
    }

    /**
     * {@return the snapshot, or empty without an id or a status}
     *
     * <p>A snapshot without a status is left out rather than kept as an unknown status, because the
     * domain refuses to send to a case whose known status is not active: a guess would block sends.
     */
    Optional<SupportCase> toSupportCase() {
        if (id == JsonValues.ABSENT || status == null || status.isBlank()) {
            return Optional.empty();
        }
        SupportCase.Builder b = SupportCase.builder()
                .id(CaseId.of(id))
                .status(CaseStatus.fromWire(status));
        Channel.fromWire(channel).ifPresent(b::channel);
        if (contactId != JsonValues.ABSENT) {
            b.contactId(ContactId.of(contactId));
        }
        if (threadId != JsonValues.ABSENT) {
            b.threadId(ThreadId.of(threadId));
        }
        if (timelineId != JsonValues.ABSENT) {
            b.timelineId(TimelineId.of(timelineId));
        }
        return Optional.of(b.build());
    }
}
