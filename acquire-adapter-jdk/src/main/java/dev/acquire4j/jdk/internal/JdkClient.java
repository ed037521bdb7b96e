package dev.acquire4j.jdk.internal;

import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AsyncChatSender;
import dev.acquire4j.ports.AsyncMailSender;
import dev.acquire4j.ports.AsyncSenders;
import dev.acquire4j.ports.AsyncCaseLookup;
import dev.acquire4j.ports.AsyncCaseOpener;
import dev.acquire4j.ports.AsyncSmsSender;
import dev.acquire4j.ports.CaseLookup;
import dev.acquire4j.ports.CaseOpener;
import dev.acquire4j.ports.ChatSender;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.MailSender;
import dev.acquire4j.ports.SmsSender;
import dev.acquire4j.protocol.AcquireProtocol;
import dev.acquire4j.protocol.CasePorts;
import dev.acquire4j.protocol.SendLoop;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The JDK transport's {@link AcquireClient}: one protocol, one HTTP client, six thin senders. A view
 * made by {@link #withSendDeadline(Duration)} shares all of it and only changes the deadline.
 */
public final class JdkClient implements AcquireClient {
    private final JdkExchange exchange;
    private final AcquireProtocol protocol;
    private final CasePorts cases;
    private final Duration deadline;
    /** The executor to shut down on close, or {@code null} for a view or a caller-owned executor. */
    private final ClosingExecutor ownedExecutor;
    /** The HTTP client to shut down with {@link #ownedExecutor}, or {@code null}. */
    private final HttpClient httpClient;
    private final AtomicBoolean closed;
    private final boolean isView;
    private final AsyncSenders async = new AsyncSenders() {
        @Override
        public AsyncChatSender chat() {
            return m -> exchange.sendAsync(m, deadline);
        }

        @Override
        public AsyncMailSender mail() {
            return m -> exchange.sendAsync(m, deadline);
        }

        @Override
        public AsyncSmsSender sms() {
            return m -> exchange.sendAsync(m, deadline);
        }

        @Override
        public AsyncCaseLookup cases() {
            return cases.asyncLookup();
        }

        @Override
        public AsyncCaseOpener caseOpener() {
            return cases.asyncOpener();
        }
    };

    /**
     * Creates the client.
     *
     * @param settings the checked settings
     * @param httpClient the HTTP client, created by the builder or given by the caller
     * @param ownedExecutor the executor the client created for the HTTP client and must shut down
     *     (ending the HTTP client's connections), or {@code null}
     */
    public JdkClient(ClientSettings settings, HttpClient httpClient, ClosingExecutor ownedExecutor) {
        this.closed = new AtomicBoolean();
        SendLoop loop = new SendLoop(settings, System::nanoTime);
        this.protocol = new AcquireProtocol(settings);
        this.exchange = new JdkExchange(protocol, httpClient, loop, closed::get);
        this.deadline = settings.sendDeadline();
        this.cases = new CasePorts(protocol, exchange, deadline);
        this.ownedExecutor = ownedExecutor;
        this.httpClient = httpClient;
        this.isView = false;
    }

    private JdkClient(JdkClient original, Duration deadline) {
        this.exchange = original.exchange;
        this.protocol = original.protocol;
        this.closed = original.closed;
        this.deadline = deadline;
        this.cases = new CasePorts(protocol, exchange, deadline);
        this.ownedExecutor = null;
        this.httpClient = null;
        this.isView = true;
    }

    @Override
    public ChatSender chat() {
        return m -> exchange.send(m, deadline);
    }

    @Override
    public MailSender mail() {
        return m -> exchange.send(m, deadline);
    }

    @Override
    public SmsSender sms() {
        return m -> exchange.send(m, deadline);
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
        return new JdkClient(this, ClientSettings.checkSendDeadline(sendDeadline));
    }

    @Override
    public void close() {
        if (!isView && closed.compareAndSet(false, true)) {
            exchange.abortInFlight();
            if (ownedExecutor != null) {
                ownedExecutor.close(httpClient);
            }
        }
    }

    @Override
    public String toString() {
        return "JdkAcquireClient[deadline=" + deadline + (isView ? ", view" : "") + "]";
    }
}
