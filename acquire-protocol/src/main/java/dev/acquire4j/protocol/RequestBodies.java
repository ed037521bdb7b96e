package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.SmsMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the three request bodies straight to UTF-8 bytes with Jackson's streaming generator, in
 * the field order of docs/wire-protocol.md. Thread-safe: it keeps no state but the factory.
 */
final class RequestBodies {
    /** Room for the field names and ids; the free text is added on top. */
    private static final int BASE_SIZE = 192;

    private final JsonFactory json;

    RequestBodies(JsonFactory json) {
        this.json = json;
    }

    /** {@code {"channel":"chat","caseId":N,"message":{"type":T,"message":TEXT,"caseId":N[,"translateLangKey":TAG]}}} */
    byte[] chat(ChatMessage m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(BASE_SIZE + m.text().length());
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("channel", "chat");
            // caseId at the top level as in the raw example, and inside message as the page's text requires.
            g.writeNumberField("caseId", m.caseId().value());
            g.writeObjectFieldStart("message");
            g.writeStringField("type", m.type().wireName());
            g.writeStringField("message", m.text());
            g.writeNumberField("caseId", m.caseId().value());
            if (m.translateTo().isPresent()) {
                g.writeStringField("translateLangKey", m.translateTo().get().value());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw unexpected(e);
        }
        return out.toByteArray();
    }

    /** {@code {"data":{"caseId":N,"contactId":N,"type":"message","from":A,"to":[..],"cc":[..],"bcc":[..],"subject":S,"htmlBody":H}}}: only the fields the mail table documents */
    byte[] mail(MailMessage m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(BASE_SIZE + m.subject().length() + m.htmlBody().length());
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("data");
            g.writeNumberField("caseId", m.caseId().value());
            g.writeNumberField("contactId", m.contactId().value());
            g.writeStringField("type", "message");
            g.writeStringField("from", m.from().value());
            // Every list is written even when empty: the raw example sends "cc":[] and "bcc":[].
            addresses(g, "to", m.to());
            addresses(g, "cc", m.cc());
            addresses(g, "bcc", m.bcc());
            g.writeStringField("subject", m.subject());
            g.writeStringField("htmlBody", m.htmlBody());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw unexpected(e);
        }
        return out.toByteArray();
    }

    /** {@code {"From":E164,"To":E164,"contactId":N,"Body":TEXT,"threadId":CASE,"timelineId":N}} */
    byte[] sms(SmsMessage m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(BASE_SIZE + m.text().length());
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            // Capitalised keys as documented; threadId carries the case id (cases__messages-1__add.md).
            g.writeStringField("From", m.from().e164());
            g.writeStringField("To", m.to().e164());
            g.writeNumberField("contactId", m.contactId().value());
            g.writeStringField("Body", m.text());
            g.writeNumberField("threadId", m.caseId().value());
            g.writeNumberField("timelineId", m.timelineId().value());
            g.writeEndObject();
        } catch (IOException e) {
            throw unexpected(e);
        }
        return out.toByteArray();
    }

    private static void addresses(JsonGenerator g, String field, List<EmailAddress> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (EmailAddress a : list) {
            g.writeString(a.value());
        }
        g.writeEndArray();
    }

    /** Writing to memory cannot fail on I/O; Jackson still declares it. */
    private static UncheckedIOException unexpected(IOException e) {
        return new UncheckedIOException("Could not write a request body to memory", e);
    }
}
