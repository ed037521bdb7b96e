package dev.acquire4j.webhooks;

import dev.acquire4j.webhooks.events.UnknownEvent;
import dev.acquire4j.webhooks.events.WebhookEvent;
import dev.acquire4j.webhooks.events.WebhookParseException;
import dev.acquire4j.webhooks.internal.EventReader;
import dev.acquire4j.webhooks.internal.Json;
import java.util.Objects;

/**
 * Reads webhook deliveries into typed events, without checking their signature. Stateless and
 * thread-safe.
 *
 * <p>Use {@link WebhookVerifier#verifyAndParse} for deliveries from the network; this is for bodies
 * already verified, stored, or made in a test.
 */
public final class WebhookEvents {
    /**
     * The deepest nesting of objects and arrays read: {@value}, the delivery object itself counting as
     * one. Acquire's deliveries use fewer than ten. A deeper body is refused with
     * {@link WebhookParseException}, found while reading, without recursion, so it cannot overflow
     * the stack of a thread with a small one.
     */
    public static final int MAX_NESTING_DEPTH = Json.MAX_NESTING_DEPTH;

    private WebhookEvents() {}

    /**
     * Reads a delivery {@code {"event": NAME, "data": ...}}.
     *
     * <p>Ids may be JSON numbers or decimal strings. Timestamps may be ISO-8601 or JavaScript's
     * {@code Date.toString} form ({@code Tue Mar 30 2021 16:05:46 GMT+0000 (Coordinated Universal
     * Time)}) or {@code Date.toUTCString} form; any other form leaves that field empty. Unknown fields
     * are ignored, and a field of the wrong type is left empty, never fatal.
     *
     * @param body the UTF-8 JSON body
     * @return the event; {@link UnknownEvent} for a name not known to this version
     * @throws WebhookParseException if the body is not JSON, has a duplicate key, nests deeper than
     *     {@link #MAX_NESTING_DEPTH} levels, is not an object, or has no string {@code event}
     * @throws NullPointerException if {@code body} is {@code null}
     */
    public static WebhookEvent parse(byte[] body) {
        return EventReader.read(Json.read(Objects.requireNonNull(body, "body")));
    }
}
