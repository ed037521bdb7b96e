package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.Contact;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.testkit.internal.Json;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The case endpoints, as strict as the send endpoints: {@code GET /api/v1/crm/objects/case/{id}}
 * ({@code cases__get.md}), {@code GET /api/v1/crm/objects/case?where=column|eq|value}
 * ({@code cases__list.md}), {@code GET /api/v1/crm/messenger/chat/messages?contactId=N&threadId=N}
 * ({@code cases__messages-1__list-messages.md}: the contact's cases of the thread, as a plain list) and {@code POST /api/v1/crm/messenger/chat/create?contactId=N}
 * ({@code cases__create.md}). Answers follow the docs' examples; the list also names each case's
 * status, which the docs' example leaves out. Thread-safe.
 */
final class CaseEndpoints {
    static final String CASE_PATH = "/api/v1/crm/objects/case";
    static final String OPEN_PATH = "/api/v1/crm/messenger/chat/create";
    static final String THREAD_PATH = "/api/v1/crm/messenger/chat/messages";
    /** The relations the docs list for cases; any other is refused. */
    private static final Set<String> RELATIONS = Set.of("contact", "messages", "cases", "users", "fields", "tags",
            "feedbacks", "timeline", "parent");
    private static final Set<String> WHERE_COLUMNS = Set.of("id", "contactId", "status", "channel");

    private final Ledger ledger;

    CaseEndpoints(Ledger ledger) {
        this.ledger = ledger;
    }

    /** {@return whether a path is one of these endpoints} */
    static boolean handles(String path) {
        return path.equals(CASE_PATH) || path.startsWith(CASE_PATH + "/") || path.equals(OPEN_PATH)
                || path.equals(THREAD_PATH);
    }

    /** {@return the method a path accepts} */
    static String method(String path) {
        return path.equals(OPEN_PATH) ? "POST" : "GET";
    }

    /**
     * Answers an authorised request with the right method.
     *
     * @throws Refusal for anything the docs do not allow, or an unknown case or contact
     */
    JsonNode process(RecordedRequest request) {
        Map<String, List<String>> query = request.queryParameters();
        if (request.path().equals(OPEN_PATH)) {
            return open(request, query);
        }
        if (request.body().length != 0) {
            throw Refusal.invalid("a GET request has no body");
        }
        if (request.path().equals(THREAD_PATH)) {
            return casesOfThread(query);
        }
        allowOnly(query, Set.of("where", "relations", "select", "limit", "offset", "page"));
        Set<String> relations = relations(query);
        if (request.path().equals(CASE_PATH)) {
            return list(query, relations);
        }
        String id = request.path().substring(CASE_PATH.length() + 1);
        SupportCase c = ledger.findCase(CaseId.of(positive(id, "the case id in the path")))
                .orElseThrow(() -> Refusal.notFound("case " + id + " not found"));
        return shape(c, relations, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private ObjectNode list(Map<String, List<String>> query, Set<String> relations) {
        List<String> conditions = query.getOrDefault("where", List.of());
        Predicate<SupportCase> filter = c -> true;
        for (String condition : conditions) {
            filter = filter.and(condition(condition));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<SupportCase> found = ledger.cases().stream().filter(filter).collect(Collectors.toList());
        ObjectNode page = Shapes.object().put("page", 0).put("offset", 0).put("limit", found.size())
                .put("count", found.size());
        ArrayNode data = page.putArray("data");
        found.forEach(c -> data.add(shape(c, relations, now)));
        return page;
    }

    /**
     * The thread's cases that the contact owns, as a plain list; both ids are required, once. Each
     * case is shaped as the docs' example shows the ones it lists: with its contact id and users.
     */
    private ArrayNode casesOfThread(Map<String, List<String>> query) {
        allowOnly(query, Set.of("contactId", "threadId", "-x-user-type"));
        ContactId contact = ContactId.of(positive(once(query, "contactId"), "contactId"));
        ThreadId thread = ThreadId.of(positive(once(query, "threadId"), "threadId"));
        ArrayNode data = Shapes.object().arrayNode();
        ledger.cases().stream()
                .filter(c -> c.threadId().filter(thread::equals).isPresent())
                .filter(c -> c.contactId().filter(contact::equals).isPresent())
                .forEach(c -> {
                    ObjectNode n = data.addObject().put("id", c.id().value()).put("contactId", contact.value())
                            .put("channel", c.channel().orElseThrow().wireName()).put("status", c.status().raw());
                    n.putArray("cases");
                    n.putArray("users");
                    n.put("threadId", thread.value()).putNull("lastMessage");
                });
        return data;
    }

    private static String once(Map<String, List<String>> query, String name) {
        List<String> values = query.getOrDefault(name, List.of());
        if (values.size() != 1) {
            throw Refusal.invalid("query parameter " + name + " is required, once");
        }
        return values.get(0);
    }

    /** Reads one documented condition, {@code column|eq|value}. */
    private static Predicate<SupportCase> condition(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 3 || !WHERE_COLUMNS.contains(parts[0]) || !parts[1].equals("eq")) {
            throw Refusal.invalid("where must be column|eq|value with column one of " + WHERE_COLUMNS + ": " + text);
        }
        String value = parts[2];
        switch (parts[0]) {
            case "id":
                return c -> Long.toString(c.id().value()).equals(value);
            case "contactId":
                long contact = positive(value, "where contactId");
                return c -> c.contactId().orElseThrow().value() == contact;
            case "status":
                return c -> c.status().raw().equals(value);
            default:
                return c -> c.channel().orElseThrow().wireName().equals(value);
        }
    }

    private ObjectNode open(RecordedRequest request, Map<String, List<String>> query) {
        allowOnly(query, Set.of("contactId", "-x-user-type"));
        List<String> ids = query.getOrDefault("contactId", List.of());
        if (ids.size() != 1) {
            throw Refusal.invalid("query parameter contactId is required, once");
        }
        ContactId contactId = ContactId.of(positive(ids.get(0), "contactId"));
        if (request.body().length != 0) {
            ExchangeHandler.requireJson(request);
            JsonNode body = Json.read(request.body());
            if (!body.isObject()) {
                throw Refusal.invalid("the body, when given, must be a JSON object");
            }
        }
        Contact contact = ledger.findContact(contactId)
                .orElseThrow(() -> Refusal.notFound("contact " + contactId + " not found"));
        SupportCase c = ledger.openCase(contactId, Channel.CHAT);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode data = Shapes.object().putNull("title").putNull("description").put("channel", "chat");
        data.set("contact", Shapes.contact(contact, now));
        data.put("status", c.status().raw()).put("dateQueue", Shapes.time(now)).put("dateCreated", Shapes.time(now))
                .putNull("datePending").putNull("dateActive").putNull("visitId");
        data.putArray("users");
        data.put("parentId", c.threadId().orElseThrow().value()).put("userId", Shapes.AGENT_ID).putNull("dateUpdated")
                .putNull("closedBy").putNull("closingState").putNull("dateClosed").put("id", c.id().value())
                .put("threadId", c.threadId().orElseThrow().value());
        data.putArray("fields");
        data.put("isCaseJoined", false).put("timelineId", c.timelineId().orElseThrow().value());
        data.putArray("preMessages");
        return data;
    }

    /** A case as the get example shows it, with the relations asked for. */
    private ObjectNode shape(SupportCase c, Set<String> relations, Instant now) {
        ObjectNode n = Shapes.object().put("id", c.id().value()).put("channel", c.channel().orElseThrow().wireName())
                .put("status", c.status().raw());
        if (relations.contains("contact")) {
            Contact contact = ledger.findContact(c.contactId().orElseThrow()).orElseThrow();
            n.set("contact", Shapes.contact(contact, now));
        }
        if (relations.contains("timeline")) {
            n.set("timeline", Shapes.timeline(c, now));
        }
        return n.put("threadId", c.threadId().orElseThrow().value());
    }

    private static Set<String> relations(Map<String, List<String>> query) {
        List<String> given = query.getOrDefault("relations", List.of());
        if (given.size() > 1) {
            throw Refusal.invalid("query parameter relations must be given once");
        }
        Set<String> names = given.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(given.get(0).split("\\|", -1)));
        for (String name : names) {
            if (!RELATIONS.contains(name)) {
                throw Refusal.invalid("unknown relation " + name + "; the docs list " + RELATIONS);
            }
        }
        return names;
    }

    private static void allowOnly(Map<String, List<String>> query, Set<String> allowed) {
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                throw Refusal.invalid("unknown query parameter " + name);
            }
        }
    }

    private static long positive(String text, String what) {
        try {
            long v = Long.parseLong(text);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.invalid(what + " must be a positive integer");
    }
}
