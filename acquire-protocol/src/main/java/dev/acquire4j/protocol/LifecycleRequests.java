package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.CaseOpening;
import dev.acquire4j.domain.MessageEdit;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.protocol.spi.Header;
import dev.acquire4j.protocol.spi.WireRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The requests of the case lifecycle (open with options, close, reopen) and of stored messages
 * (get, edit, delete), bodies written with Jackson's streaming generator. Only fields whose meaning
 * the docs make plain are sent, and only when set (docs/wire-protocol.md, "Case lifecycle" and
 * "Stored messages"). Thread-safe.
 */
final class LifecycleRequests {
    static final String CLOSE_PATH = "/api/v1/crm/messenger/chat/close";
    static final String CASE_MESSAGE_PATH = "/api/v1/crm/objects/case-message";
    static final String EDIT_MESSAGE_PATH = "/api/v1/crm/messenger/chat/message";
    static final String DELETE = "DELETE";

    static final String CLOSE_CASE = Endpoints.POST + " " + CLOSE_PATH;
    static final String GET_MESSAGE = Endpoints.GET + " " + CASE_MESSAGE_PATH + "/{id}";
    static final String EDIT_MESSAGE = Endpoints.POST + " " + EDIT_MESSAGE_PATH + "/{id}";
    static final String DELETE_MESSAGE = DELETE + " " + CASE_MESSAGE_PATH + "/{id}";

    private static final byte[] NO_BODY = new byte[0];

    private final URI base;
    private final JsonFactory json;
    private final List<Header> postHeaders;
    private final List<Header> bodilessHeaders;

    /**
     * @param base the base URI
     * @param json writes the bodies
     * @param postHeaders the headers of a request with a body; GET and DELETE go without {@code Content-Type}
     */
    LifecycleRequests(URI base, JsonFactory json, List<Header> postHeaders) {
        this.base = base;
        this.json = json;
        this.postHeaders = List.copyOf(postHeaders);
        this.bodilessHeaders = postHeaders.stream().filter(h -> !h.is("Content-Type")).toList();
    }

    /** {@code POST .../chat/create?contactId=N} with the opening's fields, {@code {}} when it sets none. */
    WireRequest open(CaseOpening opening) {
        return create(Operation.OPEN_CASE, opening, Optional.empty());
    }

    /** The create request with the thread to reopen, as the reopen page's raw body shows it. */
    WireRequest reopen(CaseOpening opening, ThreadId thread) {
        return create(Operation.REOPEN_CASE, opening, Optional.of(thread));
    }

    /** {@code POST .../chat/close} with {@code caseId} and the options set. */
    WireRequest close(CaseClosing c) {
        byte[] body = write(g -> {
            g.writeNumberField("caseId", c.caseId().value());
            if (c.closingState().isPresent()) {
                g.writeStringField("closingState", c.closingState().get());
            }
            if (c.archive().isPresent()) {
                // A "yes"/"no" string, as in the raw example and the case's own archive field.
                g.writeStringField("archive", c.archive().get() ? "yes" : "no");
            }
            if (c.askFeedback().isPresent()) {
                g.writeBooleanField("askFeedback", c.askFeedback().get());
            }
            if (c.leaveOnly().isPresent()) {
                g.writeBooleanField("leaveOnly", c.leaveOnly().get());
            }
            if (c.force().isPresent()) {
                g.writeBooleanField("forceClose", c.force().get());
            }
        });
        return new WireRequest(Operation.CLOSE_CASE, Endpoints.POST, Endpoints.uri(base, CLOSE_PATH), CLOSE_CASE,
                postHeaders, body);
    }

    WireRequest getMessage(MessageId id) {
        return new WireRequest(Operation.GET_MESSAGE, Endpoints.GET, Endpoints.uri(base, CASE_MESSAGE_PATH + "/" + id),
                GET_MESSAGE, bodilessHeaders, NO_BODY);
    }

    /** {@code {"message":{"type":"message","message":TEXT[,"translateLangKey":TAG]}}}, as the update page's raw body. */
    WireRequest editMessage(MessageId id, MessageEdit edit) {
        byte[] body = write(g -> {
            g.writeObjectFieldStart("message");
            g.writeStringField("type", "message");
            g.writeStringField("message", edit.text());
            if (edit.translateTo().isPresent()) {
                g.writeStringField("translateLangKey", edit.translateTo().get().value());
            }
            g.writeEndObject();
        });
        return new WireRequest(Operation.EDIT_MESSAGE, Endpoints.POST, Endpoints.uri(base, EDIT_MESSAGE_PATH + "/" + id),
                EDIT_MESSAGE, postHeaders, body);
    }

    WireRequest deleteMessage(MessageId id) {
        return new WireRequest(Operation.DELETE_MESSAGE, DELETE, Endpoints.uri(base, CASE_MESSAGE_PATH + "/" + id),
                DELETE_MESSAGE, bodilessHeaders, NO_BODY);
    }

    private WireRequest create(Operation operation, CaseOpening o, Optional<ThreadId> thread) {
        byte[] body = write(g -> {
            if (o.title().isPresent()) {
                g.writeStringField("title", o.title().get());
            }
            if (o.firstMessage().isPresent()) {
                // The examples pair the message with "source":"firstMessage"; sent together, never apart.
                g.writeStringField("source", "firstMessage");
                g.writeObjectFieldStart("message");
                g.writeStringField("type", "message");
                g.writeStringField("message", o.firstMessage().get());
                g.writeEndObject();
            }
            if (o.channel().isPresent()) {
                g.writeStringField("channel", o.channel().get().wireName());
            }
            if (o.agentId().isPresent()) {
                g.writeNumberField("agentId", o.agentId().getAsLong());
            }
            if (thread.isPresent()) {
                g.writeNumberField("threadId", thread.get().value());
            }
        });
        URI uri = Endpoints.uri(base, Endpoints.OPEN_CASE_PATH, Endpoints.CONTACT_ID_PARAM, o.contactId().toString());
        return new WireRequest(operation, Endpoints.POST, uri, Endpoints.OPEN_CASE, postHeaders, body);
    }

    /** Fields written inside the body's one object. */
    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private byte[] write(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }
}
