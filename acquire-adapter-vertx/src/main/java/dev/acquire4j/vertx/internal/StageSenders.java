package dev.acquire4j.vertx.internal;

import dev.acquire4j.ports.AsyncChatSender;
import dev.acquire4j.ports.AsyncMailSender;
import dev.acquire4j.ports.AsyncSenders;
import dev.acquire4j.ports.AsyncCaseLookup;
import dev.acquire4j.ports.AsyncCaseOpener;
import dev.acquire4j.ports.AsyncSmsSender;
import dev.acquire4j.protocol.CasePorts;
import java.time.Duration;

/**
 * The {@code CompletionStage} senders and case ports of a Vert.x client. A stage fails with our exception itself
 * (never a {@code CompletionException} around it) and completes on the Vert.x thread that received
 * the answer. Thread-safe.
 */
public final class StageSenders implements AsyncSenders {
    private final VertxExchange exchange;
    private final Duration deadline;
    private final CasePorts cases;

    /**
     * Creates the senders.
     *
     * @param exchange the client's exchange
     * @param deadline the deadline of each send
     */
    public StageSenders(VertxExchange exchange, Duration deadline) {
        this.exchange = exchange;
        this.deadline = deadline;
        this.cases = new CasePorts(exchange.protocol(), exchange, deadline);
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

    @Override
    public AsyncCaseLookup cases() {
        return cases.asyncLookup();
    }

    @Override
    public AsyncCaseOpener caseOpener() {
        return cases.asyncOpener();
    }
}
