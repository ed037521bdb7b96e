package dev.acquire4j.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * What a careful user writes without the library: the chat body as a record written by Jackson
 * databind, the four headers acquire4j sends, and the answer read whole into a small record (every
 * byte goes through the parser; unknown fields are skipped). Shared by both hand-written twins so
 * that they differ only in transport. Thread-safe.
 */
final class HandWritten {
    static final String CHAT_PATH = "/api/v1/crm/messenger/chat/add-message";
    static final String USER_AGENT = "hand-written/1.0";

    /** {@code {"channel":"chat","caseId":N,"message":{"type":"message","message":TEXT,"caseId":N}}} */
    record ChatBody(String channel, long caseId, Message message) {
        record Message(String type, String message, long caseId) {}
    }

    /** The answer envelope. */
    record ChatAnswer(Data data) {
        /** The fields of the stored message a caller would use. */
        record Data(long id, long caseId, long threadId, long contactId, long senderId, String senderType,
                String type, String message, String seen, String dateCreated) {}
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final String base;
    private final String authorization;

    HandWritten(URI baseUri, String apiKey) {
        this.base = baseUri.toString();
        this.authorization = "Bearer " + apiKey;
    }

    String authorization() {
        return authorization;
    }

    /** {@return the chat URI, built per send as the contact id is per message} */
    String chatUri(long contactId) {
        return base + CHAT_PATH + "?contactId=" + contactId + "&-x-user-type=user";
    }

    byte[] chatBody(long caseId, String text) {
        try {
            return mapper.writeValueAsBytes(new ChatBody("chat", caseId, new ChatBody.Message("message", text, caseId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a 2xx answer into the record; anything else is a failure. */
    ChatAnswer.Data answer(int status, byte[] body) {
        if (status != 200) {
            throw new IllegalStateException("HTTP " + status);
        }
        try {
            ChatAnswer a = mapper.readValue(body, ChatAnswer.class);
            if (a.data() == null || a.data().id() == 0) {
                throw new IllegalStateException("no message id");
            }
            return a.data();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
