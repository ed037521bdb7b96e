package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ClosedCase;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.DeletedMessage;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SenderRole;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the answers of closing a case and of the stored-message calls straight from their bytes:
 * {@code {"data":{"0":{"caseId",..},"userId",..}}} (close), one message in {@code {"data":{...}}}
 * (get, edit) and {@code {"data":{"deleted":N}}} (delete). Thread-safe.
 */
final class LifecycleAnswers {
    private final JsonFactory json;

    LifecycleAnswers(JsonFactory json) {
        this.json = json;
    }

    /** A body read from inside its {@code data} object; the parser is at the object's start. */
    @FunctionalInterface
    private interface DataReader<T> {
        T read(JsonParser p) throws IOException, UnreadableAnswerException;
    }

    /**
     * {@return the reader of a close answer}: the documented {@code data} holds each closed case
     * under a numbered key ({@code "0"}); the entry naming the case asked for is read, and an
     * answer that names no entry for it is unreadable
     *
     * @param asked the case the request closed
     */
    AnswerBody<ClosedCase> closed(CaseId asked) {
        return body -> data(body, p -> {
            ClosedCase found = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_OBJECT && isIndex(name)) {
                    ClosedCase entry = closedEntry(p);
                    if (entry != null && entry.caseId().equals(asked)) {
                        found = entry;
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (found == null) {
                throw new UnreadableAnswerException("names no closed case " + asked);
            }
            return found;
        });
    }

    /** Reads one message; its id and case id are required. */
    CaseMessage message(byte[] body) throws UnreadableAnswerException {
        return data(body, LifecycleAnswers::messageFields);
    }

    /**
     * {@return the reader of a delete answer}: {@code deleted} is required
     *
     * @param asked the message the request deleted
     */
    AnswerBody<DeletedMessage> deleted(MessageId asked) {
        return body -> data(body, p -> {
            long deleted = -1;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if (name.equals("deleted") && t == JsonToken.VALUE_NUMBER_INT && p.getLongValue() >= 0) {
                    deleted = p.getLongValue();
                } else {
                    p.skipChildren();
                }
            }
            if (deleted < 0) {
                throw new UnreadableAnswerException("names no \"deleted\" count");
            }
            return new DeletedMessage(asked, deleted);
        });
    }

    private <T> T data(byte[] body, DataReader<T> reader) throws UnreadableAnswerException {
        if (body.length == 0) {
            throw new UnreadableAnswerException("has an empty body");
        }
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableAnswerException("is not a JSON object");
            }
            T found = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if (name.equals("data") && t == JsonToken.START_OBJECT) {
                    found = reader.read(p);
                } else {
                    p.skipChildren();
                }
            }
            if (found == null) {
                throw new UnreadableAnswerException("has no \"data\" object");
            }
            return found;
        } catch (JsonProcessingException e) {
            throw new UnreadableAnswerException("is not valid JSON");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableAnswerException("could not be read as JSON");
        }
    }

    private static boolean isIndex(String name) {
        return !name.isEmpty() && name.length() < 10 && name.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static ClosedCase closedEntry(JsonParser p) throws IOException {
        long caseId = JsonValues.ABSENT;
        long contactId = JsonValues.ABSENT;
        boolean forever = false;
        boolean left = false;
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "caseId" -> caseId = JsonValues.id(p);
                case "contactId" -> contactId = JsonValues.id(p);
                case "foreverClosed" -> forever = Boolean.TRUE.equals(JsonValues.flag(p));
                case "leftUser" -> left = Boolean.TRUE.equals(JsonValues.flag(p));
                default -> p.skipChildren();
            }
        }
        if (caseId == JsonValues.ABSENT) {
            return null;
        }
        return new ClosedCase(CaseId.of(caseId), contactId == JsonValues.ABSENT ? Optional.empty()
                : Optional.of(ContactId.of(contactId)), forever, left);
    }

    private static CaseMessage messageFields(JsonParser p) throws IOException, UnreadableAnswerException {
        CaseMessageFields m = CaseMessageFields.read(p);
        if (m.id == JsonValues.ABSENT || m.caseId == JsonValues.ABSENT) {
            throw new UnreadableAnswerException("names no message id or case id");
        }
        return m.toCaseMessage();
    }
}
