package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.testkit.records.RecordedRequest;
import dev.acquire4j.testkit.internal.Json;
import dev.acquire4j.testkit.internal.Refusal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strict checks of the case-lifecycle and stored-message endpoints: only documented query
 * parameters and body fields, each with its documented type. Stateless.
 */
final class BodyFields {
    private BodyFields() {}

    /** Refuses any query parameter not in {@code allowed}. */
    static void allowQuery(Map<String, List<String>> query, Set<String> allowed) {
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                throw Refusal.invalid("unknown query parameter " + name);
            }
        }
    }

    /** Refuses any field of {@code object} not in {@code allowed}, naming it by its path. */
    static void allowFields(ObjectNode object, Set<String> allowed, String prefix) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw Refusal.invalid("undocumented body field " + prefix + name);
            }
        }
    }

    /** {@return the JSON object body; refuses a body that is not JSON or not an object} */
    static ObjectNode objectBody(RecordedRequest request) {
        ExchangeHandler.requireJson(request);
        return Fields.root(Json.read(request.body()));
    }

    /** Refuses a request that carries a body. */
    static void noBody(RecordedRequest request) {
        if (request.body().length != 0) {
            throw Refusal.invalid("a " + request.method() + " request has no body");
        }
    }

    /** {@return the flag, or {@code null} when absent}; refuses anything but a JSON boolean */
    static Boolean optionalFlag(ObjectNode parent, String name) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            throw Refusal.invalid(name + " must be true or false");
        }
        return n.booleanValue();
    }

    /** Refuses a present field that is not a whole number of at least zero. */
    static void optionalCount(ObjectNode parent, String name) {
        JsonNode n = parent.get(name);
        if (n != null && !n.isNull() && (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0)) {
            throw Refusal.invalid(name + " must be a whole number of at least 0");
        }
    }

    /** Refuses a present field that is not an object. */
    static void optionalObject(ObjectNode parent, String name) {
        JsonNode n = parent.get(name);
        if (n != null && !n.isNull() && !n.isObject()) {
            throw Refusal.invalid(name + " must be an object");
        }
    }

    /** {@return the positive id at the end of a path} */
    static long pathId(String path, String prefix, String what) {
        return positive(path.substring(prefix.length()), what + " in the path");
    }

    /** {@return the positive whole number the text holds}; refuses anything else, naming {@code what} */
    static long positive(String text, String what) {
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
