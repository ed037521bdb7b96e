package dev.acquire4j.vertx.internal;

import dev.acquire4j.ports.AsyncChatSender;
import dev.acquire4j.ports.AsyncMailSender;
import dev.acquire4j.ports.AsyncSenders;
import dev.acquire4j.ports.AsyncSmsSender;

/**
 * The {@code CompletionStage} senders of a Vert.x client, bridged from its futures. A stage fails
 * with the future's own exception (never a {@code CompletionException} around it) and completes on
 * the event loop that received the answer. Thread-safe.
 */
public final class StageSenders implements AsyncSenders {
    private final VertxExchange exchange;

    /**
     * Bridges an exchange.
     *
     * @param exchange the client's exchange
     */
    public StageSenders(VertxExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public AsyncChatSender chat() {
        return message -> exchange.send(message).toCompletionStage();
    }

    @Override
    public AsyncMailSender mail() {
        return message -> exchange.send(message).toCompletionStage();
    }

    @Override
    public AsyncSmsSender sms() {
        return message -> exchange.send(message).toCompletionStage();
    }
}
