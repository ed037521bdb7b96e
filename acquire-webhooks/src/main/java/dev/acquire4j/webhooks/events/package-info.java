/**
 * The typed webhook events: {@link dev.acquire4j.webhooks.events.WebhookEvent} and its five kinds,
 * and {@link dev.acquire4j.webhooks.events.WebhookParseException} for a delivery that cannot be read.
 * Values only: {@code dev.acquire4j.webhooks.WebhookEvents} and {@code WebhookVerifier} make them.
 *
 * <p>Every type here is immutable and thread-safe.
 */
package dev.acquire4j.webhooks.events;
