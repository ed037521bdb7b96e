package dev.acquire4j.tck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.io.IOException;
import java.util.Comparator;

/**
 * The wire rules' JSON: building expected bodies, reading recorded ones, and comparing trees.
 * Internal, so that no Jackson type is in the suite's API. A plain mapper is enough: the fake
 * server has already refused, with a 400, any body with duplicate keys or trailing content.
 */
public final class Json {
    /** Thread-safe, as Jackson documents. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /**
     * {@return a recorded body as JSON}
     *
     * @param request a recorded request
     */
    public static JsonNode json(RecordedRequest request) {
        try {
            return MAPPER.readTree(request.body());
        } catch (IOException e) {
            throw new AssertionError("the request body is not JSON: " + request, e);
        }
    }

    /**
     * Asserts two JSON trees are equal, numbers compared by value: Jackson keeps {@code 7} read
     * from the wire as an int node and {@code put("id", 7L)} as a long node, which plain
     * {@code equals} tells apart.
     *
     * @param expected the expected tree
     * @param actual the tree received
     */
    public static void assertJsonEquals(JsonNode expected, JsonNode actual) {
        Comparator<JsonNode> byValue = (a, b) -> {
            if (a.isNumber() && b.isNumber()) {
                return a.isIntegralNumber() && b.isIntegralNumber() ? a.bigIntegerValue().compareTo(b.bigIntegerValue())
                        : a.decimalValue().compareTo(b.decimalValue());
            }
            return a.equals(b) ? 0 : 1;
        };
        if (!expected.equals(byValue, actual)) {
            assertEquals(expected.toString(), actual.toString(), "the request body is not the documented one");
            fail("the request body is not the documented one: " + actual);
        }
    }
}
