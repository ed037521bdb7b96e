package dev.acquire4j.ports;

import dev.acquire4j.domain.CasePolicy;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SupportCase;
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
    public CaseLifecycle caseLifecycle() {
        return client.caseLifecycle();
    }

    @Override
    public CaseMessages caseMessages() {
        return client.caseMessages();
    }

    @Override
    public AcquireClient withSendDeadline(Duration deadline) {
        return client.withSendDeadline(deadline).checked();
    }

    @Override
    public Confirmation confirm(OutcomeUnknownException unknown) {
        return client.confirm(unknown);
    }

    @Override
    public AcquireClient withConfirmationPolicy(ConfirmationPolicy policy) {
        return client.withConfirmationPolicy(policy).checked();
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
        SupportCase found;
        try {
            found = client.cases().get(message.caseId());
        } catch (RuntimeException e) {
            throw lookupFailed(e);
        }
        CasePolicy.requireDeliverable(message, found);
        return message;
    }

    /**
     * {@return what a send fails with when its case lookup failed: the lookup's own exception if it
     * says "not sent", else a {@link NotSentException} around it, since no send was made whatever
     * the lookup's outcome}
     *
     * @param lookupFailure what the lookup threw or failed with
     */
    static Throwable lookupFailed(Throwable lookupFailure) {
        if (lookupFailure instanceof SendFailedException f && f.mayHaveBeenSent()) {
            return new NotSentException("The case lookup before the send failed (" + f.getClass().getSimpleName()
                    + "); the message was not sent.", f.details(), f);
        }
        return lookupFailure;
    }

    private static RuntimeException lookupFailed(RuntimeException lookupFailure) {
        return (RuntimeException) lookupFailed((Throwable) lookupFailure);
    }
}
