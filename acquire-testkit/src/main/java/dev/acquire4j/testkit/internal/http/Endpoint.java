package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Submission;
import java.util.List;
import java.util.Map;

/** One send endpoint: reads its request strictly and writes its documented answer. */
interface Endpoint {
    /**
     * Reads a request.
     *
     * @throws dev.acquire4j.testkit.internal.Refusal 400 for anything the docs do not allow
     */
    Submission read(Map<String, List<String>> query, JsonNode body);

    /** Writes the 200 answer for what was stored, in the shape of the docs' example. */
    ObjectNode answer(Ledger.Accepted accepted);
}
