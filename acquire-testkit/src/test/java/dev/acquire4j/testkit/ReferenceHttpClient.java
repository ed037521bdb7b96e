package dev.acquire4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.LanguageTag;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AsyncChatSender;
import dev.acquire4j.ports.AsyncMailSender;
import dev.acquire4j.ports.AsyncSenders;
import dev.acquire4j.ports.AsyncSmsSender;
import dev.acquire4j.ports.ChatSender;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.MailSender;
import dev.acquire4j.ports.SmsSender;
import dev.acquire4j.testkit.internal.Json;
import dev.acquire4j.testkit.internal.memory.Failures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A small, test-only HTTP client of the send API, written straight from DESIGN.md section 1. It is
 * not an adapter: it exists so that the contract's over-the-wire fixture and wire rules are run in
 * this module, before any real adapter exists.
 */
final class ReferenceHttpClient implements AcquireClient {
    private final ClientSettings settings;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "reference-http-client");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http;
    private final AtomicBoolean closed = new AtomicBoolean();

    ReferenceHttpClient(ClientSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().executor(executor).connectTimeout(settings.connectTimeout()).build();
    }

    @Override
    public ChatSender chat() {
        return m -> join(sendAsync(m));
    }

    @Override
    public MailSender mail() {
        return m -> join(sendAsync(m));
    }

    @Override
    public SmsSender sms() {
        return m -> join(sendAsync(m));
    }

    @Override
    public AsyncSenders async() {
        return new AsyncSenders() {
            @Override
            public AsyncChatSender chat() {
                return ReferenceHttpClient.this::sendAsync;
            }

            @Override
            public AsyncMailSender mail() {
                return ReferenceHttpClient.this::sendAsync;
            }

            @Override
            public AsyncSmsSender sms() {
                return ReferenceHttpClient.this::sendAsync;
            }
        };
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            executor.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "ReferenceHttpClient[" + settings + "]";
    }

    private CompletionStage<SentMessage> sendAsync(OutboundMessage message) {
        Channel channel = message.channel();
        CompletableFuture<SentMessage> result = new CompletableFuture<>();
        if (closed.get()) {
            result.completeExceptionally(Failures.closed(channel));
            return result;
        }
        HttpRequest request = HttpRequest.newBuilder(uri(message))
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + settings.apiKey().reveal())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", "acquire4j-testkit-reference/0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(body(message))))
                .build();
        // complete/completeExceptionally keep our exception itself at the stage level.
        http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
            try {
                result.complete(ReferenceAnswers.read(channel, response, error));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private URI uri(OutboundMessage m) {
        String role = "-x-user-type=" + (m instanceof ChatMessage ? ((ChatMessage) m).senderRole() : m instanceof SmsMessage
                ? ((SmsMessage) m).senderRole() : java.util.Optional.<dev.acquire4j.domain.SenderRole>empty())
                .orElse(settings.defaultSenderRole()).wireName();
        String base = settings.baseUri().toString();
        if (m instanceof ChatMessage) {
            return URI.create(base + "/api/v1/crm/messenger/chat/add-message?contactId=" + m.contactId() + "&" + role);
        }
        return URI.create(m instanceof MailMessage ? base + "/api/v1/mail/add-message" : base + "/api/v1/voip/send-sms?" + role);
    }

    private static ObjectNode body(OutboundMessage message) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        if (message instanceof ChatMessage) {
            ChatMessage m = (ChatMessage) message;
            root.put("channel", "chat").put("caseId", m.caseId().value());
            ObjectNode inner = root.putObject("message").put("type", m.type().wireName()).put("message", m.text())
                    .put("caseId", m.caseId().value());
            m.translateTo().map(LanguageTag::value).ifPresent(tag -> inner.put("translateLangKey", tag));
        } else if (message instanceof MailMessage) {
            MailMessage m = (MailMessage) message;
            ObjectNode data = root.putObject("data").put("caseId", m.caseId().value())
                    .put("contactId", m.contactId().value()).put("type", "message").put("from", m.from().value());
            m.to().stream().map(EmailAddress::value).forEach(data.putArray("to")::add);
            m.cc().stream().map(EmailAddress::value).forEach(data.putArray("cc")::add);
            m.bcc().stream().map(EmailAddress::value).forEach(data.putArray("bcc")::add);
            data.put("subject", m.subject()).put("htmlBody", m.htmlBody()).putArray("attachments");
        } else {
            SmsMessage m = (SmsMessage) message;
            root.put("From", m.from().e164()).put("To", m.to().e164()).put("contactId", m.contactId().value())
                    .put("Body", m.text()).put("threadId", m.caseId().value()).put("timelineId", m.timelineId().value());
        }
        return root;
    }

    private static SentMessage join(CompletionStage<SentMessage> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
    }

    static IOException io(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        return c instanceof IOException ? (IOException) c : new IOException(c.getClass().getSimpleName());
    }
}
