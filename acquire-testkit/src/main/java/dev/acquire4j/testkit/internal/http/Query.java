package dev.acquire4j.testkit.internal.http;

import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.testkit.internal.Endpoints;
import dev.acquire4j.testkit.internal.Refusal;
import java.util.List;
import java.util.Map;

/** Strict readers of the query parameters the send endpoints take. */
final class Query {
    private Query() {}

    static SenderRole role(Map<String, List<String>> query) {
        String v = single(query, Endpoints.USER_TYPE_PARAM);
        if ("user".equals(v)) {
            return SenderRole.USER;
        }
        if ("contact".equals(v)) {
            return SenderRole.CONTACT;
        }
        throw Refusal.invalid("query parameter " + Endpoints.USER_TYPE_PARAM + " is required and must be user or contact");
    }

    static ContactId optionalContact(Map<String, List<String>> query) {
        String v = single(query, Endpoints.CONTACT_PARAM);
        if (v == null) {
            return null;
        }
        try {
            long id = Long.parseLong(v);
            if (id > 0) {
                return ContactId.of(id);
            }
        } catch (NumberFormatException e) {
            // refused below, with the parameter named
        }
        throw Refusal.invalid("query parameter contactId must be a positive integer");
    }

    private static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw Refusal.invalid("query parameter " + name + " must be given once");
        }
        return values.get(0);
    }
}
