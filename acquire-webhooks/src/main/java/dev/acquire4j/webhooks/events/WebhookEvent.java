package dev.acquire4j.webhooks.events;

/**
 * One webhook delivery from Acquire, {@code {"event": NAME, "data": {...}}}, read into a type per
 * event name. Immutable and thread-safe.
 *
 * <p>Acquire's docs list the triggers (case new, case status set to active or closed, agent status
 * change) but show neither their wire names nor their payloads. The typed events here cover the
 * names acquire4j knows and read their fields leniently: every typed field is optional, looked up
 * under the names Acquire's REST answers use, and the whole {@code data} object is always kept as
 * {@link #dataJson()}. Any other name gives an {@link UnknownEvent}, never an error.
 *
 * <p>Java 17 has no pattern matching for {@code switch}; test with {@code instanceof}:
 * <pre>{@code
 * if (event instanceof NewCaseMessage message) { ... }
 * }</pre>
 */
public sealed interface WebhookEvent
        permits CaseStatusChanged, NewCaseMessage, UserInvitedToCase, UserJoinedCase, UnknownEvent {

    /** {@return the event name as delivered, e.g. {@code case:status}} */
    String name();

    /**
     * {@return the delivery's {@code data} value as compact JSON text ({@code null} when there was
     * none); re-written, so whitespace is not kept, but no value is changed}
     */
    String dataJson();
}
