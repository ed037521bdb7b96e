/**
 * Receiving Acquire's webhooks: {@link dev.acquire4j.webhooks.WebhookVerifier} checks the
 * {@code x-acquire-signature} header of a delivery and {@link dev.acquire4j.webhooks.WebhookEvents}
 * reads it into a typed {@link dev.acquire4j.webhooks.events.WebhookEvent}.
 *
 * <p>No HTTP server and no transport: hand it the request body and the header from whatever server
 * you run. Jackson is used inside only and never appears in a signature.
 */
module dev.acquire4j.webhooks {
    requires transitive dev.acquire4j.domain;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports dev.acquire4j.webhooks;
    exports dev.acquire4j.webhooks.events;
}
