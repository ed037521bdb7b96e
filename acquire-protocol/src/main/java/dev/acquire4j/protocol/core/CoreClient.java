package dev.acquire4j.protocol.core;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AsyncAcquireClient;
import dev.acquire4j.ports.CaseLifecycle;
import dev.acquire4j.ports.CaseLookup;
import dev.acquire4j.ports.CaseMessages;
import dev.acquire4j.ports.CaseOpener;
import dev.acquire4j.ports.ChatSender;
import dev.acquire4j.ports.Confirmation;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.ports.MailSender;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.SmsSender;
import dev.acquire4j.protocol.AcquireProtocol;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every operation, blocking, once for all transports, with the async client over the same
 * operations. A deadline view shares everything and closes nothing. Checked sends are the ports'
 * {@link AcquireClient#checked()} view over this client. Thread-safe.
 */
final class CoreClient implements AcquireClient {
    private final Operations ops;
    private final Confirmer confirmer;
    private final AcquireProtocol protocol;
    private final AsyncAcquireClient async;
    private final boolean isView;
    private final String name;

    CoreClient(Operations ops, Confirmer confirmer, boolean isView, String name) {
        this.ops = ops;
        this.confirmer = confirmer;
        this.protocol = ops.protocol();
        this.isView = isView;
        this.name = name;
        this.async = new CoreAsyncClient(ops, confirmer);
    }

    @Override
    public ChatSender chat() {
        return m -> confirmer.send(ops, m);
    }

    @Override
    public MailSender mail() {
        return m -> confirmer.send(ops, m);
    }

    @Override
    public SmsSender sms() {
        return m -> confirmer.send(ops, m);
    }

    @Override
    public AsyncAcquireClient async() {
        return async;
    }

    @Override
    public CaseLookup cases() {
        return new CaseLookup() {
            @Override
            public SupportCase get(CaseId id) {
                return ops.run(protocol.getCase(id));
            }

            @Override
            public List<SupportCase> casesOfContact(ContactId contact) {
                return ops.run(protocol.casesOfContact(contact));
            }

            @Override
            public List<SupportCase> casesOfThread(ContactId contact, ThreadId thread) {
                return ops.run(protocol.casesOfThread(contact, thread));
            }

            @Override
            public Optional<ListedCase> withMessages(CaseId id) {
                return ops.run(protocol.caseWithMessages(id));
            }

            @Override
            public CasePage list(CaseQuery query) {
                return ops.run(protocol.listCases(query));
            }

            @Override
            public List<ListedCase> listAll(CaseQuery query) {
                return AllPages.blocking(ops, query);
            }
        };
    }

    @Override
    public CaseOpener caseOpener() {
        return contact -> ops.run(protocol.openCase(contact));
    }

    @Override
    public CaseLifecycle caseLifecycle() {
        return new CoreCaseLifecycle(ops);
    }

    @Override
    public CaseMessages caseMessages() {
        return new CoreCaseMessages(ops);
    }

    @Override
    public AcquireClient withSendDeadline(Duration deadline) {
        return new CoreClient(ops.withSendDeadline(deadline), confirmer, true, name);
    }

    @Override
    public Confirmation confirm(OutcomeUnknownException unknown) {
        return confirmer.confirm(ops, unknown);
    }

    @Override
    public AcquireClient withConfirmationPolicy(ConfirmationPolicy policy) {
        return new CoreClient(ops, confirmer.withPolicy(Objects.requireNonNull(policy, "policy")), true, name);
    }

    @Override
    public void close() {
        if (!isView) {
            ops.close();
        }
    }

    @Override
    public String toString() {
        return name + "[sendDeadline=" + ops.sendDeadline() + (isView ? ", view" : "") + "]";
    }
}
