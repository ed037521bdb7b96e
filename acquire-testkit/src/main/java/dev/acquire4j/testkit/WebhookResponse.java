package dev.acquire4j.testkit;

/**
 * What a webhook endpoint answered to a {@link FakeWebhookSender} delivery. Immutable.
 *
 * @param status the HTTP status code
 * @param body the answer's body as UTF-8 text, at most {@value FakeWebhookSender#MAX_BODY_BYTES}
 *     bytes of it; empty if none
 */
public record WebhookResponse(int status, String body) {}
