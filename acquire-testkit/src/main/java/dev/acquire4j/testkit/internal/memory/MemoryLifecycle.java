package dev.acquire4j.testkit.internal.memory;

import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.CaseOpening;
import dev.acquire4j.domain.ClosedCase;
import dev.acquire4j.domain.DeletedMessage;
import dev.acquire4j.domain.MessageEdit;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.AsyncCaseLifecycle;
import dev.acquire4j.ports.AsyncCaseMessages;
import dev.acquire4j.ports.CaseLifecycle;
import dev.acquire4j.ports.CaseMessages;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.testkit.records.StoredMessage;
import dev.acquire4j.testkit.internal.CaseLifecycleRules;
import dev.acquire4j.testkit.internal.Keys;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

/**
 * The case lifecycle and the stored-message calls of the in-memory client, on the same books and
 * rules as the fake server ({@link CaseLifecycleRules}, the ledger's messages): the key is checked,
 * unknown cases, threads and messages are 404s, and failures are the exceptions an HTTP adapter
 * raises, naming the operation and the endpoint templates the adapters use. Thread-safe.
 */
public final class MemoryLifecycle implements CaseLifecycle, CaseMessages {
    static final String OPEN_CASE = "POST /api/v1/crm/messenger/chat/create";
    static final String CLOSE_CASE = "POST /api/v1/crm/messenger/chat/close";
    static final String GET_MESSAGE = "GET /api/v1/crm/objects/case-message/{id}";
    static final String EDIT_MESSAGE = "POST /api/v1/crm/messenger/chat/message/{id}";
    static final String DELETE_MESSAGE = "DELETE /api/v1/crm/objects/case-message/{id}";

    private final Ledger ledger;
    private final CaseLifecycleRules rules;
    private final MemoryCalls calls;

    /**
     * Creates the ports of one in-memory client.
     *
     * @param ledger the account's books
     * @param keys the account's keys
     * @param key the key the client presents
     * @param closed tells whether the client is closed
     */
    public MemoryLifecycle(Ledger ledger, Keys keys, ApiKey key, BooleanSupplier closed) {
        this.ledger = ledger;
        this.rules = new CaseLifecycleRules(ledger);
        this.calls = new MemoryCalls(keys, key, closed);
    }

    @Override
    public SupportCase open(CaseOpening opening) {
        Objects.requireNonNull(opening, "opening");
        return calls.call(Operation.OPEN_CASE, OPEN_CASE, () -> rules.open(opening.contactId(), opening.channel().orElse(null),
                opening.firstMessage().orElse(null)));
    }

    @Override
    public ClosedCase close(CaseClosing closing) {
        Objects.requireNonNull(closing, "closing");
        return calls.call(Operation.CLOSE_CASE, CLOSE_CASE, () -> {
            CaseLifecycleRules.Closed c = rules.close(closing.caseId(), closing.leaveOnly().orElse(false));
            return new ClosedCase(c.supportCase().id(), c.supportCase().contactId(), c.closedForGood(), true);
        });
    }

    @Override
    public SupportCase reopen(CaseOpening opening, ThreadId thread) {
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(thread, "thread");
        return calls.call(Operation.REOPEN_CASE, OPEN_CASE, () -> rules.reopen(opening.contactId(), thread,
                opening.firstMessage().orElse(null)));
    }

    @Override
    public CaseMessage get(MessageId id) {
        Objects.requireNonNull(id, "id");
        return calls.call(Operation.GET_MESSAGE, GET_MESSAGE, () -> view(ledger.findMessage(id)
                .orElseThrow(() -> Refusal.notFound("message " + id + " not found"))));
    }

    @Override
    public CaseMessage edit(MessageId id, MessageEdit edit) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edit, "edit");
        return calls.call(Operation.EDIT_MESSAGE, EDIT_MESSAGE, () -> view(ledger.editMessage(id, edit.text(),
                edit.translateTo().map(t -> t.value()).orElse(null))));
    }

    @Override
    public DeletedMessage delete(MessageId id) {
        Objects.requireNonNull(id, "id");
        return calls.call(Operation.DELETE_MESSAGE, DELETE_MESSAGE, () -> {
            ledger.deleteMessage(id);
            return new DeletedMessage(id, 1);
        });
    }

    /** {@return the async lifecycle: stages already complete, failed ones holding the exception itself} */
    public AsyncCaseLifecycle asyncLifecycle() {
        return new AsyncCaseLifecycle() {
            @Override
            public CompletionStage<SupportCase> open(CaseOpening opening) {
                return MemoryCalls.completed(() -> MemoryLifecycle.this.open(opening));
            }

            @Override
            public CompletionStage<ClosedCase> close(CaseClosing closing) {
                return MemoryCalls.completed(() -> MemoryLifecycle.this.close(closing));
            }

            @Override
            public CompletionStage<SupportCase> reopen(CaseOpening opening, ThreadId thread) {
                return MemoryCalls.completed(() -> MemoryLifecycle.this.reopen(opening, thread));
            }
        };
    }

    /** {@return the async message calls: stages already complete, failed ones holding the exception itself} */
    public AsyncCaseMessages asyncMessages() {
        return new AsyncCaseMessages() {
            @Override
            public CompletionStage<CaseMessage> get(MessageId id) {
                return MemoryCalls.completed(() -> MemoryLifecycle.this.get(id));
            }

            @Override
            public CompletionStage<CaseMessage> edit(MessageId id, MessageEdit edit) {
                return MemoryCalls.completed(() -> MemoryLifecycle.this.edit(id, edit));
            }

            @Override
            public CompletionStage<DeletedMessage> delete(MessageId id) {
                return MemoryCalls.completed(() -> MemoryLifecycle.this.delete(id));
            }
        };
    }

    private CaseMessage view(StoredMessage m) {
        return dev.acquire4j.testkit.internal.CaseMessages.of(m, ledger.editedAt(m.id()));
    }

}
