package dev.acquire4j.webhooks.events;
import dev.acquire4j.domain.AcquireException;

/**
 * A delivery's body is not a webhook delivery: not JSON, not a JSON object, or without a string
 * {@code "event"} name. Immutable.
 *
 * <p>The message gives the place of the fault (line and column) but never the body's content, which
 * may hold personal data. The cause is never a Jackson type.
 */
public final class WebhookParseException extends AcquireException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, without the body's content
     */
    public WebhookParseException(String message) {
        super(message, null);
    }
}
