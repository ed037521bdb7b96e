/**
 * The client core: every port implemented once over a {@link dev.acquire4j.protocol.spi.Transport}.
 * Its one public class, {@link dev.acquire4j.protocol.core.ClientCore}, is what an adapter calls.
 * Internal to acquire4j: exported only to its adapters.
 */
package dev.acquire4j.protocol.core;
