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
import java.io.IOException;
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

    /** {@return the {@code id} of a nested object, or {@link JsonValues#ABSENT}; skips anything else} */
    static long nestedId(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return JsonValues.ABSENT;
        }
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
