package dev.acquire4j.protocol.core;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.AsyncAcquireClient;
import dev.acquire4j.ports.AsyncCaseLifecycle;
import dev.acquire4j.ports.AsyncCaseLookup;
import dev.acquire4j.ports.AsyncCaseMessages;
import dev.acquire4j.ports.AsyncCaseOpener;
import dev.acquire4j.ports.AsyncChatSender;
import dev.acquire4j.ports.AsyncMailSender;
import dev.acquire4j.ports.AsyncSmsSender;
import dev.acquire4j.ports.Confirmation;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.protocol.AcquireProtocol;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Every operation as a {@code CompletionStage}, once for all transports: each is one line naming
 * the protocol's call. Stages complete on the transport's threads. Thread-safe.
 */
final class CoreAsyncClient implements AsyncAcquireClient {
    private final Operations ops;
    private final Confirmer confirmer;
    private final AcquireProtocol protocol;

    CoreAsyncClient(Operations ops, Confirmer confirmer) {
        this.ops = ops;
        this.confirmer = confirmer;
        this.protocol = ops.protocol();
    }

    @Override
    public AsyncChatSender chat() {
        return m -> confirmer.sendAsync(ops, m);
    }

    @Override
    public AsyncMailSender mail() {
        return m -> confirmer.sendAsync(ops, m);
    }

    @Override
    public AsyncSmsSender sms() {
        return m -> confirmer.sendAsync(ops, m);
    }

    @Override
    public AsyncCaseLookup cases() {
        return new AsyncCaseLookup() {
            @Override
            public CompletionStage<SupportCase> get(CaseId id) {
                return ops.start(() -> protocol.getCase(id));
            }

            @Override
            public CompletionStage<List<SupportCase>> casesOfContact(ContactId contact) {
                return ops.start(() -> protocol.casesOfContact(contact));
            }

            @Override
            public CompletionStage<List<SupportCase>> casesOfThread(ContactId contact, ThreadId thread) {
                return ops.start(() -> protocol.casesOfThread(contact, thread));
            }

            @Override
            public CompletionStage<Optional<ListedCase>> withMessages(CaseId id) {
                return ops.start(() -> protocol.caseWithMessages(id));
            }

            @Override
            public CompletionStage<CasePage> list(CaseQuery query) {
                return ops.start(() -> protocol.listCases(query));
            }

            @Override
            public CompletionStage<List<ListedCase>> listAll(CaseQuery query) {
                return AllPages.async(ops, query);
            }
        };
    }

    @Override
    public AsyncCaseLifecycle caseLifecycle() {
        return new CoreCaseLifecycle(ops).async();
    }

    @Override
    public AsyncCaseMessages caseMessages() {
        return new CoreCaseMessages(ops).async();
    }

    @Override
    public CompletionStage<Confirmation> confirm(OutcomeUnknownException unknown) {
        return confirmer.confirmAsync(ops, unknown);
    }

    @Override
    public AsyncCaseOpener caseOpener() {
        return contact -> ops.start(() -> protocol.openCase(contact));
    }
}
