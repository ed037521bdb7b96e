package dev.acquire4j.webhooks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON.stringify form against Node's own output: {@code stringify-vectors.json} holds pairs made
 * by {@code stringify-vectors.js} under Node 20 (key order, number forms, escapes, 360 doubles).
 */
class JsStringifyTest {

    @Test
    void matchesNodeOnEveryVector() throws IOException {
        JsonNode pairs;
        try (InputStream in = JsStringifyTest.class.getResourceAsStream("/webhooks/stringify-vectors.json")) {
            pairs = new ObjectMapper().readTree(in);
        }
        assertTrue(pairs.size() >= 12, "vectors missing");
        List<String> failures = new ArrayList<>();
        for (JsonNode pair : pairs) {
            String input = pair.get(0).textValue();
            String expected = pair.get(1).textValue();
            String actual = new String(JsStringify.utf8(Json.read(input.getBytes(StandardCharsets.UTF_8))),
                    StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                failures.add("input " + input + "\n  node: " + expected + "\n  ours: " + actual);
            }
        }
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest
    @CsvSource({"1.0,1", "1000.0,1000", "1e21,1e+21", "1e20,100000000000000000000", "1.5e-7,1.5e-7",
        "0.000001,0.000001", "-0.0,0", "0.1,0.1", "2e23,2e+23", "5e-324,5e-324", "-250.5,-250.5",
        "1.7976931348623157e308,1.7976931348623157e+308", "0.30000000000000004,0.30000000000000004",
        "NaN,null", "Infinity,null"})
    void printsDoublesAsJavaScriptDoes(double value, String js) {
        assertEquals(js, JsNumber.toJs(value));
    }

    @Test
    void ordersArrayIndexKeysFirstAsJavaScriptObjectsDo() {
        assertEquals(0, JsStringify.arrayIndex("0"));
        assertEquals(4294967294L, JsStringify.arrayIndex("4294967294"));
        assertEquals(-1, JsStringify.arrayIndex("4294967295"));
        assertEquals(-1, JsStringify.arrayIndex("01"));
        assertEquals(-1, JsStringify.arrayIndex("-1"));
        assertEquals(-1, JsStringify.arrayIndex(""));
        assertEquals(-1, JsStringify.arrayIndex("99999999999"));
    }
}
