package dev.acquire4j.testkit.internal.memory;

import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AsyncAcquireClient;
import dev.acquire4j.ports.CaseLifecycle;
import dev.acquire4j.ports.CaseLookup;
import dev.acquire4j.ports.CaseMessages;
import dev.acquire4j.ports.CaseOpener;
import dev.acquire4j.ports.Confirmation;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.ChatSender;
import dev.acquire4j.ports.MailSender;
import dev.acquire4j.ports.SmsSender;
import java.time.Duration;

/**
 * A view of an in-memory client for another deadline: nothing waits in memory, so it shares
 * everything, and closing it does nothing (the original owns what there is to release).
 */
public final class ClientView implements AcquireClient {
    private final AcquireClient original;

    /**
     * Creates the view of a client.
     *
     * @param original the client whose ports the view shares
     */
    public ClientView(AcquireClient original) {
        this.original = original;
    }

    @Override
    public ChatSender chat() {
        return original.chat();
    }

    @Override
    public MailSender mail() {
        return original.mail();
    }

    @Override
    public SmsSender sms() {
        return original.sms();
    }

    @Override
    public AsyncAcquireClient async() {
        return original.async();
    }

    @Override
    public CaseLookup cases() {
        return original.cases();
    }

    @Override
    public CaseOpener caseOpener() {
        return original.caseOpener();
    }

    @Override
    public CaseLifecycle caseLifecycle() {
        return original.caseLifecycle();
    }

    @Override
    public CaseMessages caseMessages() {
        return original.caseMessages();
    }

    @Override
    public AcquireClient withSendDeadline(Duration other) {
        return original.withSendDeadline(other);
    }

    @Override
    public Confirmation confirm(OutcomeUnknownException unknown) {
        return original.confirm(unknown);
    }

    @Override
    public AcquireClient withConfirmationPolicy(ConfirmationPolicy policy) {
        return original.withConfirmationPolicy(policy);
    }

    @Override
    public void close() {
        // a view: the original owns what there is to release
    }
}
