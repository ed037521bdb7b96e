package dev.acquire4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The one way the command line prints a result as JSON: one line, with control and bidi characters
 * in values written as JSON escapes ({@link VisibleJsonEscapes}). Thread-safe.
 */
final class VisibleJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter VISIBLE = JSON.writer().with(new VisibleJsonEscapes());

    private VisibleJson() {}

    /** {@return a new, empty JSON object to fill} */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /**
     * {@return the object as one line of JSON}
     *
     * @param o the object
     */
    static String write(ObjectNode o) {
        try {
            return VISIBLE.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the result as JSON", e);
        }
    }
}
