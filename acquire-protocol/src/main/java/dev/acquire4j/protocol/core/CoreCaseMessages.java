package dev.acquire4j.protocol.core;

import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.DeletedMessage;
import dev.acquire4j.domain.MessageEdit;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.ports.AsyncCaseMessages;
import dev.acquire4j.ports.CaseMessages;
import dev.acquire4j.protocol.AcquireProtocol;
import java.util.concurrent.CompletionStage;

/**
 * Stored messages (get, edit, delete), blocking and as {@code CompletionStage}s, once for all
 * transports: each operation is one line naming the protocol's call. Thread-safe.
 */
final class CoreCaseMessages implements CaseMessages {
    private final Operations ops;
    private final AcquireProtocol protocol;

    CoreCaseMessages(Operations ops) {
        this.ops = ops;
        this.protocol = ops.protocol();
    }

    @Override
    public CaseMessage get(MessageId id) {
        return ops.run(protocol.getMessage(id));
    }

    @Override
    public CaseMessage edit(MessageId id, MessageEdit edit) {
        return ops.run(protocol.editMessage(id, edit));
    }

    @Override
    public DeletedMessage delete(MessageId id) {
        return ops.run(protocol.deleteMessage(id));
    }

    /** {@return the async twin over the same operations} */
    AsyncCaseMessages async() {
        return new AsyncCaseMessages() {
            @Override
            public CompletionStage<CaseMessage> get(MessageId id) {
                return ops.start(() -> protocol.getMessage(id));
            }

            @Override
            public CompletionStage<CaseMessage> edit(MessageId id, MessageEdit edit) {
                return ops.start(() -> protocol.editMessage(id, edit));
            }

            @Override
            public CompletionStage<DeletedMessage> delete(MessageId id) {
                return ops.start(() -> protocol.deleteMessage(id));
            }
        };
    }
}
