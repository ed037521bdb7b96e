package dev.acquire4j.webhooks.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.acquire4j.webhooks.events.WebhookParseException;
import java.io.IOException;

/**
 * The module's one Jackson mapper, and the edge where Jackson's exceptions become ours.
 *
 * <p>Strict like {@code JSON.parse}, plus one refusal of our own: a duplicate key is an error, where
 * {@code JSON.parse} would keep the last value. Two readers could disagree about such a body, and a
 * signed delivery has none ({@code JSON.stringify} never writes one).
 *
 * <p>Nesting is limited to {@link #MAX_NESTING_DEPTH} levels, counted by the parser
 * as it reads, without recursion, so that the recursive steps after it ({@link JsStringify},
 * {@link #compact}) stay shallow even on threads with small stacks.
 */
public final class Json {
    /** The deepest nesting read; published as {@code WebhookEvents.MAX_NESTING_DEPTH}. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** Thread-safe once configured, as Jackson documents. */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {}

    /**
     * Reads one JSON value.
     *
     * @param body UTF-8 JSON
     * @return the tree
     * @throws WebhookParseException if the body is empty or not exactly one JSON value
     */
    public static JsonNode read(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new WebhookParseException("the webhook body is empty; a JSON object was expected");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new WebhookParseException("the webhook body is beyond this reader's limits: objects and"
                    + " arrays nested deeper than " + MAX_NESTING_DEPTH
                    + " levels, or a number or text too long" + where(e.getLocation()));
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the body, which may hold personal data: keep the place only.
            throw new WebhookParseException("the webhook body is not valid JSON" + where(e.getLocation()));
        } catch (IOException e) {
            throw new WebhookParseException("the webhook body could not be read as JSON");
        }
    }

    /**
     * {@return a streaming parser over the body, with the same limits as {@link #read}}
     *
     * @param body UTF-8 JSON
     * @throws IOException never for an array of bytes, but declared by Jackson
     */
    static JsonParser parser(byte[] body) throws IOException {
        return MAPPER.createParser(body);
    }

    /**
     * {@return the tree as compact JSON text, losslessly (Jackson's forms, not JavaScript's)}
     *
     * @param node a tree read by {@link #read}
     */
    public static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new WebhookParseException("a part of the webhook body could not be written back as JSON");
        }
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
