package dev.acquire4j.vertx.internal;

import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AsyncSenders;
import dev.acquire4j.ports.CaseLookup;
import dev.acquire4j.ports.CaseOpener;
import dev.acquire4j.ports.ChatSender;
import dev.acquire4j.ports.MailSender;
import dev.acquire4j.ports.SmsSender;
import dev.acquire4j.protocol.Call;
import dev.acquire4j.protocol.CallRunner;
import dev.acquire4j.protocol.CasePorts;
import io.vertx.core.Context;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The ports' view of a Vert.x client, for callers outside Vert.x (and the contract suite): blocking
 * senders that wait on the calling thread, which must not be an event-loop thread. Thread-safe.
 */
public final class BlockingClient implements AcquireClient {
    private final VertxExchange exchange;
    private final Duration deadline;
    private final AsyncSenders async;
    private final Runnable close;
    private final Function<Duration, AcquireClient> withDeadline;
    private final CasePorts cases;

    /**
     * Creates the view.
     *
     * @param exchange the client's exchange
     * @param deadline the deadline of each send
     * @param async the asynchronous senders with the same deadline, returned by {@link #async()}
     * @param close what {@link #close()} does: close the client, or nothing for a deadline view
     * @param withDeadline makes the view of the same client with another deadline
     */
    public BlockingClient(VertxExchange exchange, Duration deadline, AsyncSenders async, Runnable close,
            Function<Duration, AcquireClient> withDeadline) {
        this.exchange = exchange;
        this.deadline = deadline;
        this.async = async;
        this.close = close;
        this.withDeadline = withDeadline;
        this.cases = new CasePorts(exchange.protocol(), new OffEventLoop(), deadline);
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

    @Override
    public CaseLookup cases() {
        return cases.lookup();
    }

    @Override
    public CaseOpener caseOpener() {
        return cases.opener();
    }

    @Override
    public AcquireClient withSendDeadline(Duration sendDeadline) {
        return withDeadline.apply(sendDeadline);
    }

    @Override
    public void close() {
        close.run();
    }

    @Override
    public String toString() {
        return "VertxAcquireClient.asAcquireClient[deadline=" + deadline + "]";
    }

    private SentMessage sendAndWait(OutboundMessage message) {
        refuseOnEventLoop();
        return exchange.sendBlocking(message, deadline);
    }

    private static void refuseOnEventLoop() {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("A blocking acquire4j send was called on a Vert.x event-loop thread ("
                    + Thread.currentThread().getName() + "). Rule: never block an event loop. Use "
                    + "VertxAcquireClient.sendChat/sendMail/sendSms/send, which return a Future, or call "
                    + "the blocking senders from a worker thread.");
        }
    }

    /** The exchange, refusing to block an event-loop thread as the blocking senders do. */
    private final class OffEventLoop implements CallRunner {
        @Override
        public <T> T run(Call<T> call, Duration callDeadline) {
            refuseOnEventLoop();
            return exchange.run(call, callDeadline);
        }

        @Override
        public <T> CompletionStage<T> runAsync(Call<T> call, Duration callDeadline) {
            return exchange.runAsync(call, callDeadline);
        }
    }
}
