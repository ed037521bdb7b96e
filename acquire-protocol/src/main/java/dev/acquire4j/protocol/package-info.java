/**
 * The Acquire wire protocol shared by the acquire4j transports. A transport builds requests with
 * {@link dev.acquire4j.protocol.AcquireProtocol}, moves the bytes of a
 * {@link dev.acquire4j.protocol.WireRequest}, and hands the answer (or its failure) back to it.
 *
 * <p>Internal to acquire4j: exported only to its adapter, testkit and CLI modules, and free to
 * change between releases. Every type here is thread-safe.
 */
package dev.acquire4j.protocol;
