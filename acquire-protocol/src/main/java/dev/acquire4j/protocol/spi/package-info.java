/**
 * The transport SPI of the client core: what an adapter implements ({@link dev.acquire4j.protocol.spi.Transport})
 * and the bytes it moves ({@link dev.acquire4j.protocol.spi.WireRequest},
 * {@link dev.acquire4j.protocol.spi.WireAnswer}). Internal to acquire4j: exported only to its adapters.
 */
package dev.acquire4j.protocol.spi;
