package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.Contact;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.internal.Json;
import dev.acquire4j.testkit.records.StoredMessage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The pieces the three answers share (case, contact, sender, timeline), modelled on the docs' examples. */
final class Shapes {
    /** The agent every fake send is made as; the chat example's sender has id 25 too. */
    static final long AGENT_ID = 25;
    /** Timestamps as in the examples: {@code 2021-03-30T16:05:46.000Z}. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /**
     * Mail and SMS rows are numbered apart from case messages (the SMS example: id 339, caseMessageId
     * 8653). Keeping them different makes a transport that reads {@code id} instead of
     * {@code caseMessageId} fail visibly.
     */
    private static final long ROW_OFFSET = 7_700;

    private Shapes() {}

    static ObjectNode object() {
        return Json.MAPPER.createObjectNode();
    }

    static String time(Instant t) {
        return TIME.format(t);
    }

    static long rowId(StoredMessage m) {
        return m.id().value() - ROW_OFFSET;
    }

    static long senderId(StoredMessage m) {
        return m.senderRole() == SenderRole.USER ? AGENT_ID : m.contactId().value();
    }

    static ObjectNode sender(StoredMessage m) {
        if (m.senderRole() == SenderRole.CONTACT) {
            return object().put("type", "contact").put("id", m.contactId().value())
                    .put("name", "#" + m.contactId()).putNull("photo");
        }
        ObjectNode agent = object();
        agent.putArray("roles");
        return agent.put("id", AGENT_ID).put("name", "Fake Agent").put("firstName", "Fake").put("lastName", "Agent")
                .put("photo", "").put("email", "agent@fake-acquire.test").put("clientId", "").put("parentId", 0)
                .put("type", "user").putNull("accessLevel");
    }

    static ObjectNode contact(Contact c, Instant created) {
        ObjectNode n = object().put("dateCreated", time(created)).put("dateUpdated", time(created))
                .put("id", c.id().value()).put("clientType", "web").put("archive", "no").putNull("companyId");
        n.putObject("meta");
        c.name().ifPresent(name -> n.put("name", name));
        return n;
    }

    /** The case as the chat answer nests it: with its contact, users and thread. */
    static ObjectNode supportCase(SupportCase c, Contact contact, Instant now) {
        ObjectNode n = object().put("dateCreated", time(now)).put("dateUpdated", time(now)).put("id", c.id().value())
                .put("contactId", c.contactId().orElseThrow().value()).putNull("closedBy")
                .put("title", "#" + contact.id() + " has just started a chat")
                .put("channel", c.channel().orElseThrow().wireName())
                .put("status", c.status().raw()).put("closingState", "handled").putNull("dateClosed")
                .put("parentId", c.threadId().orElseThrow().value()).putNull("userId").put("waitTime", 0);
        n.putObject("meta");
        n.set("contact", contact(contact, now));
        ArrayNode users = n.putArray("users");
        users.addObject().put("caseId", c.id().value()).put("type", "user").put("userId", AGENT_ID)
                .put("role", "owner").put("status", "active").put("closed", "no");
        users.addObject().put("caseId", c.id().value()).put("type", "contact").put("userId", contact.id().value())
                .put("role", "owner").put("status", "active").put("closed", "no");
        n.put("threadId", c.threadId().orElseThrow().value());
        return n;
    }

    static ObjectNode timeline(SupportCase c, Instant now) {
        ObjectNode n = object().put("id", c.timelineId().orElseThrow().value()).put("objectType", "case")
                .put("caseId", c.id().value()).putNull("viewId").putNull("noteId")
                .put("threadId", c.threadId().orElseThrow().value()).put("dateCreated", time(now))
                .put("dateUpdated", time(now)).put("contactId", c.contactId().orElseThrow().value())
                .put("archive", "no");
        n.putObject("meta");
        return n;
    }

    /**
     * A stored message as a case's {@code messages} relation lists it: shaped as the message get
     * example ({@code cases__messages-1__get.md}); a mail keeps its content in {@code subject} and
     * {@code htmlBody} as the mail record does, chat and SMS in {@code message}.
     */
    static ObjectNode caseMessage(CaseMessage m) {
        ObjectNode n = object().put("id", m.id().value()).put("caseId", m.caseId().orElseThrow().value())
                .put("channel", m.rawChannel().orElseThrow()).put("senderId", m.senderId().orElseThrow())
                .put("senderType", m.senderRole().orElseThrow().wireName()).put("type", m.type().orElseThrow());
        if (m.channel().orElseThrow() == Channel.EMAIL) {
            n.put("subject", m.subject().orElse("")).put("htmlBody", m.text().orElseThrow());
        } else {
            n.put("message", m.text().orElseThrow());
        }
        n.put("dateCreated", time(m.createdAt().orElseThrow())).putNull("dateUpdated").put("seen", "no");
        n.putObject("meta");
        return n;
    }
}
