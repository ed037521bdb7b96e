package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.domain.TimelineId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the answers of the case calls straight from their bytes, leniently like the send answers:
 * one case in {@code {"data":{...}}} (get, create), a page of cases in
 * {@code {"data":{"page",..,"data":[...]}}} (list), or a plain list in {@code {"data":[...]}} (a
 * thread's cases). Thread-safe.
 */
final class CaseAnswers {
    private final JsonFactory json;

    CaseAnswers(JsonFactory json) {
        this.json = json;
    }

    /** Reads one case; its id and status are required, as a case without them cannot be judged. */
    SupportCase one(byte[] body) throws UnreadableAnswerException {
        try (JsonParser p = open(body)) {
            CaseFields found = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if (name.equals("data") && t == JsonToken.START_OBJECT) {
                    found = CaseFields.read(p);
                } else {
                    p.skipChildren();
                }
            }
            if (found == null) {
                throw new UnreadableAnswerException("has no \"data\" object");
            }
            if (found.id == JsonValues.ABSENT || found.status == null || found.status.isBlank()) {
                throw new UnreadableAnswerException("names no case id or status");
            }
            return toCase(found);
        } catch (JsonProcessingException e) {
            throw new UnreadableAnswerException("is not valid JSON");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableAnswerException("could not be read as JSON");
        }
    }

    /** Reads a page of cases; entries without an id are skipped, a missing status is kept as unknown. */
    List<SupportCase> page(byte[] body) throws UnreadableAnswerException {
        try (JsonParser p = open(body)) {
            List<SupportCase> cases = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if (name.equals("data") && t == JsonToken.START_OBJECT) {
                    cases = innerList(p);
                } else if (name.equals("data") && t == JsonToken.START_ARRAY) {
                    // The plain list of a thread's cases (cases__messages-1__list-messages.md).
                    cases = list(p);
                } else {
                    p.skipChildren();
                }
            }
            if (cases == null) {
                throw new UnreadableAnswerException("has no list of cases in \"data\"");
            }
            return List.copyOf(cases);
        } catch (JsonProcessingException e) {
            throw new UnreadableAnswerException("is not valid JSON");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableAnswerException("could not be read as JSON");
        }
    }

    private JsonParser open(byte[] body) throws IOException, UnreadableAnswerException {
        if (body.length == 0) {
            throw new UnreadableAnswerException("has an empty body");
        }
        JsonParser p = json.createParser(body);
        if (p.nextToken() != JsonToken.START_OBJECT) {
            p.close();
            throw new UnreadableAnswerException("is not a JSON object");
        }
        return p;
    }

    private static List<SupportCase> innerList(JsonParser p) throws IOException {
        List<SupportCase> cases = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (name.equals("data") && t == JsonToken.START_ARRAY) {
                cases = list(p);
            } else {
                p.skipChildren();
            }
        }
        return cases;
    }

    private static List<SupportCase> list(JsonParser p) throws IOException {
        List<SupportCase> cases = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            CaseFields c = CaseFields.read(p);
            if (c.id != JsonValues.ABSENT) {
                cases.add(toCase(c));
            }
        }
        return cases;
    }

    static SupportCase toCase(CaseFields c) {
        SupportCase.Builder b = SupportCase.builder().id(CaseId.of(c.id)).status(CaseStatus.fromWire(c.status));
        Channel.fromWire(c.channel).ifPresent(b::channel);
        if (c.contactId != JsonValues.ABSENT) {
            b.contactId(ContactId.of(c.contactId));
        }
        if (c.threadId != JsonValues.ABSENT) {
            b.threadId(ThreadId.of(c.threadId));
        }
        if (c.timelineId != JsonValues.ABSENT) {
            b.timelineId(TimelineId.of(c.timelineId));
        }
        return b.build();
    }
}
