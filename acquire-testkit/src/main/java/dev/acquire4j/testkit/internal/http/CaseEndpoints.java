package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.CaseColumn;
import dev.acquire4j.domain.CaseCondition;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseOperator;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.Contact;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.testkit.records.RecordedRequest;
import dev.acquire4j.testkit.internal.CaseListing;
import dev.acquire4j.testkit.internal.CaseMessages;
import dev.acquire4j.testkit.internal.Json;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** The relations the list page lists for cases (less the four that are columns); any other is refused. */
    private static final Set<String> LIST_RELATIONS = Set.of("contact", "messages", "cases", "users", "fields", "tags",
            "feedbacks", "timeline", "parent");
    /** The one relation the get page documents. */
    private static final Set<String> GET_RELATIONS = Set.of("contact");
    /** The select columns of the list page. */
    private static final Set<String> LIST_SELECT = Set.of("dateCreated", "dateUpdated", "id", "contactId", "closedBy",
            "visitId", "title", "description", "status", "closingState", "dateQueue", "dateActive", "dateClosed",
            "queueId", "meta", "parentId");
    /** The select columns of the get page. */
    private static final Set<String> GET_SELECT = Set.of("channel", "status", "dateCreated", "dateUpdated", "id",
            "contactId", "closedBy", "visitId", "title", "description", "closingState", "dateQueue", "datePending",
            "dateActive", "dateClosed", "queueId", "queueOrder", "meta", "parentId", "userId", "waitTime");
    /** Our reading of the list's page parameter (docs/wire-protocol.md). */
    private static final String PAGE_PARAM = "page";

    private final Ledger ledger;
    private final CreateEndpoint create;

    CaseEndpoints(Ledger ledger) {
        this.ledger = ledger;
        this.create = new CreateEndpoint(ledger);
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
        if (request.path().equals(CASE_PATH)) {
            allowOnly(query, Set.of("where", "select", "relations", PAGE_PARAM));
            columns(query, LIST_SELECT);
            return list(query, relations(query, LIST_RELATIONS));
        }
        // The get page documents select and one relation, contact.
        allowOnly(query, Set.of("select", "relations"));
        columns(query, GET_SELECT);
        Set<String> relations = relations(query, GET_RELATIONS);
        String id = request.path().substring(CASE_PATH.length() + 1);
        SupportCase c = ledger.findCase(CaseId.of(positive(id, "the case id in the path")))
                .orElseThrow(() -> Refusal.notFound("case " + id + " not found"));
        return shape(c, relations, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private ObjectNode list(Map<String, List<String>> query, Set<String> relations) {
        List<CaseCondition> conditions = new ArrayList<>();
        for (String text : query.getOrDefault("where", List.of())) {
            conditions.add(condition(text));
        }
        long asked = 0;
        if (query.containsKey(PAGE_PARAM)) {
            String page = once(query, PAGE_PARAM);
            asked = page.equals("0") ? 0 : positive(page, "query parameter page");
        }
        CaseListing.Slice slice = CaseListing.page(CaseListing.matching(ledger.cases(), conditions), asked,
                ledger.casePageSize(), ledger.pagingFault());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode page = Shapes.object().put("page", slice.page()).put("offset", slice.offset())
                .put("limit", slice.limit()).put("count", slice.count());
        ArrayNode data = page.putArray("data");
        slice.cases().forEach(c -> data.add(shape(c, relations, now)));
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

    /** Reads one documented condition, {@code column|operator|value}, with the client's own rules. */
    private static CaseCondition condition(String text) {
        String[] parts = text.split("\\|", 3);
        if (parts.length != 3) {
            throw Refusal.invalid("where must be column|operator|value: " + text);
        }
        CaseColumn column = CaseListing.column(parts[0], "where");
        CaseOperator operator = CaseOperator.fromWireName(parts[1]);
        if (operator == null) {
            throw Refusal.invalid("where: unknown operator " + parts[1] + "; the docs show eq");
        }
        try {
            return new CaseCondition(column, operator, parts[2]);
        } catch (ValidationException e) {
            throw Refusal.invalid("where: " + e.getMessage());
        }
    }

    /** Checks the select columns against a page's documented list. */
    private static void columns(Map<String, List<String>> query, Set<String> documented) {
        List<String> given = query.getOrDefault("select", List.of());
        if (given.size() > 1) {
            throw Refusal.invalid("query parameter select must be given once");
        }
        for (String name : given.isEmpty() ? List.<String>of() : Arrays.asList(given.get(0).split("\\|", -1))) {
            if (!documented.contains(name)) {
                throw Refusal.invalid("select: unknown column " + name + "; the docs list " + documented);
            }
        }
    }

    private ObjectNode open(RecordedRequest request, Map<String, List<String>> query) {
        return create.process(request, query);
    }

    /** A case as the get example shows it, with the relations asked for. */
    private ObjectNode shape(SupportCase c, Set<String> relations, Instant now) {
        ObjectNode n = Shapes.object().put("id", c.id().value()).put("channel", c.channel().orElseThrow().wireName())
                .put("status", c.status().raw());
        if (relations.contains("contact")) {
            Contact contact = ledger.findContact(c.contactId().orElseThrow()).orElseThrow();
            n.set("contact", relation(Shapes.contact(contact, now)));
        }
        if (relations.contains("timeline")) {
            n.set("timeline", relation(Shapes.timeline(c, now)));
        }
        if (relations.contains("messages")) {
            ArrayNode messages = n.putArray("messages");
            CaseMessages.listed(c, ledger.messages()).messages().forEach(m -> messages.add(Shapes.caseMessage(m)));
        }
        return n.put("threadId", c.threadId().orElseThrow().value());
    }

    /** A relation as an object, or as a one-element array when the account is told so. */
    private JsonNode relation(ObjectNode object) {
        return ledger.relationsAsArrays() ? Shapes.object().arrayNode().add(object) : object;
    }

    private static Set<String> relations(Map<String, List<String>> query, Set<String> documented) {
        List<String> given = query.getOrDefault("relations", List.of());
        if (given.size() > 1) {
            throw Refusal.invalid("query parameter relations must be given once");
        }
        Set<String> names = given.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(given.get(0).split("\\|", -1)));
        for (String name : names) {
            if (!documented.contains(name)) {
                throw Refusal.invalid("unknown relation " + name + " for this endpoint; its page lists " + documented);
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
