/**
 * Fakes of Acquire for tests: {@link dev.acquire4j.testkit.AcquireState} (one fake account: cases,
 * contacts, keys, stored messages), {@link dev.acquire4j.testkit.FakeAcquireServer} (the HTTP API on
 * loopback) and {@link dev.acquire4j.testkit.InMemoryAcquire} (an {@code AcquireClient} without
 * HTTP). Both fakes apply the same rules to the same state, so what a test asserts holds for either.
 * {@link dev.acquire4j.testkit.FakeWebhookSender} and {@link dev.acquire4j.testkit.WebhookSigner} post
 * signed webhook deliveries to your own endpoint, as Acquire would.
 *
 * <p>Every type here is thread-safe.
 */
package dev.acquire4j.testkit;
