package dev.acquire4j.vertx.internal;

import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AsyncSenders;
import dev.acquire4j.ports.ChatSender;
import dev.acquire4j.ports.MailSender;
import dev.acquire4j.ports.SmsSender;
import dev.acquire4j.protocol.WireRequest;
import io.vertx.core.Context;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The blocking view of a Vert.x client, for callers outside Vert.x (and the contract suite). Each
 * send waits on the calling thread, which must not be an event-loop thread. Thread-safe.
 */
public final class BlockingClient implements AcquireClient {
    /** Beyond the connect and request timeouts, which Vert.x enforces, the wait's own safety margin. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final VertxExchange exchange;
    private final AsyncSenders async;
    private final Runnable close;
    private final long waitLimitMillis;

    /**
     * Creates the view.
     *
     * @param exchange the client's exchange
     * @param async the client's asynchronous senders, returned by {@link #async()}
     * @param close closes the whole client
     * @param connectTimeout the client's connect timeout
     * @param requestTimeout the client's request timeout
     */
    public BlockingClient(VertxExchange exchange, AsyncSenders async, Runnable close,
            Duration connectTimeout, Duration requestTimeout) {
        this.exchange = exchange;
        this.async = async;
        this.close = close;
        this.waitLimitMillis = connectTimeout.plus(requestTimeout).plus(GRACE).toMillis();
    }

    @Override
    public ChatSender chat() {
        return this::sendAndWait;
    }

    @Override
    public MailSender mail() {
        return this::sendAndWait;
    }

    @Override
    public SmsSender sms() {
        return this::sendAndWait;
    }

    @Override
    public AsyncSenders async() {
        return async;
    }

    /** Closes the whole client, as {@code VertxAcquireClient.close()} does. */
    @Override
    public void close() {
        close.run();
    }

    private SentMessage sendAndWait(OutboundMessage message) {
        refuseOnEventLoop();
        WireRequest wire = exchange.prepare(message);
        try {
            return exchange.exchange(wire).toCompletionStage().toCompletableFuture()
                    .get(waitLimitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // The exchange fails with our exception types only.
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw exchange.abandoned(wire, e.getCause());
        } catch (TimeoutException e) {
            throw exchange.abandoned(wire, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw exchange.abandoned(wire, e);
        }
    }

    private static void refuseOnEventLoop() {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("A blocking acquire4j send was called on a Vert.x event-loop thread ("
                    + Thread.currentThread().getName() + "). Rule: never block an event loop. Use "
                    + "VertxAcquireClient.sendChat/sendMail/sendSms/send, which return a Future, or call "
                    + "the blocking senders from a worker thread.");
        }
    }
}
