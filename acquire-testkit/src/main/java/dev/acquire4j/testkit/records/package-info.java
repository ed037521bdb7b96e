/**
 * What the fakes saw and kept, for a test to assert on:
 * {@link dev.acquire4j.testkit.records.RecordedRequest} (one HTTP request as the fake server received
 * it) and {@link dev.acquire4j.testkit.records.StoredMessage} (one message the fake account stored).
 * Values only: the fakes in {@code dev.acquire4j.testkit} make them.
 *
 * <p>Every type here is immutable and thread-safe.
 */
package dev.acquire4j.testkit.records;
