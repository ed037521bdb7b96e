package dev.acquire4j.webhooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Lenient look-ups in a delivery's {@code data}: each takes several dotted paths and returns the
 * first that holds a usable value. Nothing here throws on an odd shape: what cannot be read is absent.
 */
public final class Fields {
    private final JsonNode root;

    /**
     * Creates look-ups over one object.
     *
     * @param root the {@code data} object, or any other node (then every look-up is empty)
     */
    public Fields(JsonNode root) {
        this.root = root;
    }

    /**
     * {@return the first positive whole number, given as a JSON number or as decimal text}
     *
     * @param paths dotted paths such as {@code "caseId"} or {@code "case.id"}
     */
    public OptionalLong id(String... paths) {
        for (String path : paths) {
            JsonNode node = at(path);
            long value = -1;
            if (node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToLong()) {
                value = node.longValue();
            } else if (node.isTextual()) {
                value = digits(node.textValue().strip());
            }
            if (value > 0) {
                return OptionalLong.of(value);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * {@return the first JSON string, as is}
     *
     * @param paths dotted paths
     */
    public Optional<String> text(String... paths) {
        for (String path : paths) {
            JsonNode node = at(path);
            if (node.isTextual()) {
                return Optional.of(node.textValue());
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the first string that {@link Timestamps} can read}
     *
     * @param paths dotted paths
     */
    public Optional<Instant> instant(String... paths) {
        for (String path : paths) {
            Optional<Instant> at = Timestamps.parse(at(path).textValue());
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }

    /**
     * {@return whether the path holds a JSON object}
     *
     * @param path a dotted path
     */
    public boolean isObject(String path) {
        return at(path).isObject();
    }

    private JsonNode at(String path) {
        JsonNode node = root;
        for (String name : path.split("\\.")) {
            node = node.path(name);
        }
        return node;
    }

    private static long digits(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(text);
    }
}
