package dev.acquire4j.protocol;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.AsyncCaseLookup;
import dev.acquire4j.ports.AsyncCaseOpener;
import dev.acquire4j.ports.CaseLookup;
import dev.acquire4j.ports.CaseOpener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The case ports over any transport: each method builds its {@link Call} with the shared protocol
 * and hands it to the transport's {@link CallRunner}, so both adapters look up and open cases alike.
 * Immutable and thread-safe.
 */
public final class CasePorts {
    private final AcquireProtocol protocol;
    private final CallRunner runner;
    private final Duration deadline;

    /**
     * Creates the ports of one client (or deadline view).
     *
     * @param protocol the client's protocol
     * @param runner the transport
     * @param deadline the longest one lookup or opening may take, every attempt included
     */
    public CasePorts(AcquireProtocol protocol, CallRunner runner, Duration deadline) {
        this.protocol = protocol;
        this.runner = runner;
        this.deadline = deadline;
    }

    /** {@return the blocking lookups} */
    public CaseLookup lookup() {
        return new CaseLookup() {
            @Override
            public SupportCase get(CaseId id) {
                return runner.run(protocol.getCase(id), deadline);
            }

            @Override
            public List<SupportCase> casesOfContact(ContactId contact) {
                return runner.run(protocol.casesOfContact(contact), deadline);
            }

            @Override
            public List<SupportCase> casesOfThread(ContactId contact, ThreadId thread) {
                return runner.run(protocol.casesOfThread(contact, thread), deadline);
            }
        };
    }

    /** {@return the asynchronous lookups; a bad argument fails the stage instead of throwing} */
    public AsyncCaseLookup asyncLookup() {
        return new AsyncCaseLookup() {
            @Override
            public CompletionStage<SupportCase> get(CaseId id) {
                try {
                    return runner.runAsync(protocol.getCase(id), deadline);
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }

            @Override
            public CompletionStage<List<SupportCase>> casesOfContact(ContactId contact) {
                try {
                    return runner.runAsync(protocol.casesOfContact(contact), deadline);
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }

            @Override
            public CompletionStage<List<SupportCase>> casesOfThread(ContactId contact, ThreadId thread) {
                try {
                    return runner.runAsync(protocol.casesOfThread(contact, thread), deadline);
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
        };
    }

    /** {@return the blocking opener} */
    public CaseOpener opener() {
        return contact -> runner.run(protocol.openCase(contact), deadline);
    }

    /** {@return the asynchronous opener; a bad argument fails the stage instead of throwing} */
    public AsyncCaseOpener asyncOpener() {
        return contact -> {
            try {
                return runner.runAsync(protocol.openCase(contact), deadline);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
    }
}
