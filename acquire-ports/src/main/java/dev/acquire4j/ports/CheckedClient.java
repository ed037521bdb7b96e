package dev.acquire4j.ports;

import dev.acquire4j.domain.CasePolicy;
import dev.acquire4j.domain.OutboundMessage;
import java.time.Duration;

/**
 * The view {@link AcquireClient#checked()} returns: each send first fetches its case and applies
 * {@link CasePolicy#requireDeliverable}; everything else is the wrapped client's. Thread-safe.
 */
final class CheckedClient implements AcquireClient {
    private final AcquireClient client;

    CheckedClient(AcquireClient client) {
        this.client = client;
    }

    @Override
    public ChatSender chat() {
        return m -> client.chat().send(check(m));
    }

    @Override
    public MailSender mail() {
        return m -> client.mail().send(check(m));
    }

    @Override
    public SmsSender sms() {
        return m -> client.sms().send(check(m));
    }

    @Override
    public AsyncAcquireClient async() {
        return client.async().checked();
    }

    @Override
    public CaseLookup cases() {
        return client.cases();
    }

    @Override
    public CaseOpener caseOpener() {
        return client.caseOpener();
    }

    @Override
    public AcquireClient withSendDeadline(Duration deadline) {
        return client.withSendDeadline(deadline).checked();
    }

    @Override
    public AcquireClient checked() {
        return this;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return client + ".checked()";
    }

    private <M extends OutboundMessage> M check(M message) {
        CasePolicy.requireDeliverable(message, client.cases().get(message.caseId()));
        return message;
    }
}
