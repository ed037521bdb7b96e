package dev.acquire4j.testkit.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one strict Jackson mapper of the testkit: duplicate keys and trailing tokens are errors. */
public final class Json {
    /** Thread-safe once configured, as Jackson documents. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {}

    /**
     * {@return the tree as UTF-8 JSON}
     *
     * @param node the tree
     */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a request body, refusing what is not one JSON value.
     *
     * @param body the bytes received
     * @return the tree
     * @throws Refusal 400 if the body is empty or not JSON
     */
    public static JsonNode read(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw Refusal.invalid("the request body is empty; a JSON object is required");
            }
            return node;
        } catch (IOException e) {
            // The parser's message would echo the body; the location is enough.
            throw Refusal.invalid("the request body is not valid JSON");
        }
    }
}
