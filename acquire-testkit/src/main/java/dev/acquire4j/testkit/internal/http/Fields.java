package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.testkit.internal.Refusal;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict readers of request JSON: a required field must be there with its documented type, and
 * the refusal names the field by its path ({@code data.caseId}). Unknown fields are ignored, as the
 * docs' own raw examples carry extra ones.
 */
final class Fields {
    private Fields() {}

    static ObjectNode root(JsonNode body) {
        if (!body.isObject()) {
            throw Refusal.invalid("the request body must be a JSON object");
        }
        return (ObjectNode) body;
    }

    static ObjectNode object(ObjectNode parent, String name, String path) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            throw Refusal.invalid(path + " is required");
        }
        if (!n.isObject()) {
            throw Refusal.invalid(path + " must be an object");
        }
        return (ObjectNode) n;
    }

    static long id(ObjectNode parent, String name, String path) {
        Long v = optionalId(parent, name, path);
        if (v == null) {
            throw Refusal.invalid(path + " is required");
        }
        return v;
    }

    /** Ids are JSON integers, as in every documented example; numeric strings are refused. */
    static Long optionalId(ObjectNode parent, String name, String path) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() <= 0) {
            throw Refusal.invalid(path + " must be a positive integer");
        }
        return n.longValue();
    }

    static String text(ObjectNode parent, String name, String path) {
        String v = optionalText(parent, name, path);
        if (v == null) {
            throw Refusal.invalid(path + " is required");
        }
        if (v.isBlank()) {
            throw Refusal.invalid(path + " must not be blank");
        }
        return v;
    }

    static String optionalText(ObjectNode parent, String name, String path) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw Refusal.invalid(path + " must be a string");
        }
        return n.textValue();
    }

    static String exactly(ObjectNode parent, String name, String path, String expected) {
        String v = text(parent, name, path);
        if (!v.equals(expected)) {
            throw Refusal.invalid(path + " must be \"" + expected + "\"");
        }
        return v;
    }

    static List<String> strings(ObjectNode parent, String name, String path, boolean required) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            if (required) {
                throw Refusal.invalid(path + " is required");
            }
            return List.of();
        }
        if (!n.isArray()) {
            throw Refusal.invalid(path + " must be an array");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                throw Refusal.invalid(path + "[" + i + "] must be a string");
            }
            out.add(n.get(i).textValue());
        }
        return out;
    }
}
