package dev.acquire4j.jdk.internal;

import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AsyncChatSender;
import dev.acquire4j.ports.AsyncMailSender;
import dev.acquire4j.ports.AsyncSenders;
import dev.acquire4j.ports.AsyncSmsSender;
import dev.acquire4j.ports.ChatSender;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.MailSender;
import dev.acquire4j.ports.SmsSender;
import dev.acquire4j.protocol.AcquireProtocol;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/** The JDK transport's {@link AcquireClient}: one protocol, one HTTP client, six thin senders. */
public final class JdkClient implements AcquireClient {
    private final JdkExchange exchange;
    private final ExecutorService ownedExecutor;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AsyncSenders async;

    /**
     * Creates the client.
     *
     * @param settings the checked settings
     * @param httpClient the HTTP client, created by the builder or given by the caller
     * @param ownedExecutor the executor the client created and must shut down, or {@code null}
     */
    public JdkClient(ClientSettings settings, HttpClient httpClient, ExecutorService ownedExecutor) {
        this.exchange = new JdkExchange(new AcquireProtocol(settings), httpClient, settings.requestTimeout(), closed::get);
        this.ownedExecutor = ownedExecutor;
        this.async = new AsyncSenders() {
            @Override
            public AsyncChatSender chat() {
                return exchange::sendAsync;
            }

            @Override
            public AsyncMailSender mail() {
                return exchange::sendAsync;
            }

            @Override
            public AsyncSmsSender sms() {
                return exchange::sendAsync;
            }
        };
    }

    @Override
    public ChatSender chat() {
        return exchange::send;
    }

    @Override
    public MailSender mail() {
        return exchange::send;
    }

    @Override
    public SmsSender sms() {
        return exchange::send;
    }

    @Override
    public AsyncSenders async() {
        return async;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }
}
