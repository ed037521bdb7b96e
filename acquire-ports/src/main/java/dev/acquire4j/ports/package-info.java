/**
 * The ports of acquire4j: sender interfaces per channel in a blocking and a
 * {@link java.util.concurrent.CompletionStage} flavour, the {@link dev.acquire4j.ports.AcquireClient}
 * that bundles them, the exceptions a send can end in, and the transport-neutral
 * {@link dev.acquire4j.ports.ClientSettings}.
 *
 * <p>Every implementation of these interfaces is thread-safe.
 */
package dev.acquire4j.ports;
