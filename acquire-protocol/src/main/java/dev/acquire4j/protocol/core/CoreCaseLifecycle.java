package dev.acquire4j.protocol.core;

import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.CaseOpening;
import dev.acquire4j.domain.ClosedCase;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.AsyncCaseLifecycle;
import dev.acquire4j.ports.CaseLifecycle;
import dev.acquire4j.protocol.AcquireProtocol;
import java.util.concurrent.CompletionStage;

/**
 * The case lifecycle, blocking and as {@code CompletionStage}s, once for all transports: each
 * operation is one line naming the protocol's call. Thread-safe.
 */
final class CoreCaseLifecycle implements CaseLifecycle {
    private final Operations ops;
    private final AcquireProtocol protocol;

    CoreCaseLifecycle(Operations ops) {
        this.ops = ops;
        this.protocol = ops.protocol();
    }

    @Override
    public SupportCase open(CaseOpening opening) {
        return ops.run(protocol.openCase(opening));
    }

    @Override
    public ClosedCase close(CaseClosing closing) {
        return ops.run(protocol.closeCase(closing));
    }

    @Override
    public SupportCase reopen(CaseOpening opening, ThreadId thread) {
        return ops.run(protocol.reopenCase(opening, thread));
    }

    /** {@return the async twin over the same operations} */
    AsyncCaseLifecycle async() {
        return new AsyncCaseLifecycle() {
            @Override
            public CompletionStage<SupportCase> open(CaseOpening opening) {
                return ops.start(() -> protocol.openCase(opening));
            }

            @Override
            public CompletionStage<ClosedCase> close(CaseClosing closing) {
                return ops.start(() -> protocol.closeCase(closing));
            }

            @Override
            public CompletionStage<SupportCase> reopen(CaseOpening opening, ThreadId thread) {
                return ops.start(() -> protocol.reopenCase(opening, thread));
            }
        };
    }
}
