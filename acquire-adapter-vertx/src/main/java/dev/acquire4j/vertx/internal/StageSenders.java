package dev.acquire4j.vertx.internal;

import dev.acquire4j.ports.AsyncChatSender;
import dev.acquire4j.ports.AsyncMailSender;
import dev.acquire4j.ports.AsyncSenders;
import dev.acquire4j.ports.AsyncSmsSender;
import java.time.Duration;

/**
 * The {@code CompletionStage} senders of a Vert.x client. A stage fails with our exception itself
 * (never a {@code CompletionException} around it) and completes on the Vert.x thread that received
 * the answer. Thread-safe.
 */
public final class StageSenders implements AsyncSenders {
    private final VertxExchange exchange;
    private final Duration deadline;

    /**
     * Creates the senders.
     *
     * @param exchange the client's exchange
     * @param deadline the deadline of each send
     */
    public StageSenders(VertxExchange exchange, Duration deadline) {
        this.exchange = exchange;
        this.deadline = deadline;
    }

    @Override
    public AsyncChatSender chat() {
        return message -> exchange.sendStage(message, deadline);
    }

    @Override
    public AsyncMailSender mail() {
        return message -> exchange.sendStage(message, deadline);
    }

    @Override
    public AsyncSmsSender sms() {
        return message -> exchange.sendStage(message, deadline);
    }
}
