/**
 * The Vert.x 5 transport: {@link dev.acquire4j.vertx.VertxAcquireClient} sends chat messages, e-mails
 * and SMS with the Vert.x Web Client and answers with {@code io.vertx.core.Future}, with
 * {@code CompletionStage} senders and a blocking view (refused on event-loop threads) over the same
 * connections.
 */
package dev.acquire4j.vertx;
