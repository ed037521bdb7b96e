/**
 * The Acquire wire protocol and the retry loop, used by the client core
 * ({@code dev.acquire4j.protocol.core}) and the fakes: {@link dev.acquire4j.protocol.AcquireProtocol}
 * turns each operation into a {@link dev.acquire4j.protocol.Call} and reads its answer;
 * {@link dev.acquire4j.protocol.StatusFailures} is the one status-to-exception table.
 *
 * <p>Internal to acquire4j: exported only to its testkit and CLI modules, and free to change between
 * releases. Every type here is thread-safe.
 */
package dev.acquire4j.protocol;
