package dev.acquire4j.webhooks.events;
import dev.acquire4j.domain.Redaction;
import java.util.Objects;

/**
 * A delivery whose event name this version of acquire4j does not read into a type. Kept whole, so
 * an application can handle it itself or ignore it. Immutable and thread-safe.
 *
 * @param name the event name as delivered
 * @param dataJson the whole {@code data} value as compact JSON, or {@code null} if there was none
 */
public record UnknownEvent(String name, String dataJson) implements WebhookEvent {
    /**
     * Checks the components.
     *
     * @param name the event name as delivered
     * @param dataJson the whole {@code data} value as compact JSON, or {@code null} if there was none
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public UnknownEvent {
        Objects.requireNonNull(name, "name");
    }

    /** {@return the name; the data only as its length, as it may hold personal data} */
    @Override
    public String toString() {
        return "UnknownEvent[name=" + Redaction.plain(name) + ", dataJson=" + Redaction.text(dataJson) + "]";
    }
}
