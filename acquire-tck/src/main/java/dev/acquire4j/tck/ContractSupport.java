package dev.acquire4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.Confirmation;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.function.Executable;

/**
 * The helpers every rule group uses, through {@link RuleGroup#support()}: the running rule's
 * fixture and fake account, skips for capabilities it lacks, and sends and lookups in the fixture's
 * style. {@link AcquireClientContract} opens a new fixture for every rule. Used by the rule's
 * thread, and by the concurrency rules' threads only through the clients it hands out.
 */
public final class ContractSupport {
    /** A bound on waiting for one async call, so a lost completion fails instead of hanging the build. */
    private static final long ASYNC_LIMIT_SECONDS = 60;

    private ContractFixture current;

    /** Created by {@link AcquireClientContract} only. */
    ContractSupport() {}

    /** Opens the fixture of the rule about to run. */
    void begin(ContractFixture fixture) {
        current = fixture;
        current.open();
    }

    /** Closes the running rule's fixture and every client it made, if one was opened. */
    void end() {
        if (current != null) {
            current.close();
        }
    }

    /** {@return the fixture of the running rule} */
    public ContractFixture current() {
        return current;
    }

    /** {@return the fake account of the running rule} */
    public AcquireState state() {
        return current.state();
    }

    /**
     * Skips the running rule unless the fixture can show what it needs.
     *
     * @param capability what the rule needs
     * @param reason why, shown with the skipped rule
     */
    public void assume(Capability capability, String reason) {
        Assumptions.assumeTrue(current.supports(capability), reason);
    }

    /** Skips the running rule when the fixture has no wire to inspect. */
    public void requireWire() {
        assume(Capability.WIRE, "this fixture sends no HTTP request, so there is no wire to inspect");
    }

    /** {@return the requests on the wire so far; skips the rule when the fixture has no wire} */
    public List<RecordedRequest> wire() {
        requireWire();
        return current.requests();
    }

    /** {@return how many requests went over the wire, or 0 for a fixture without a wire} */
    public int requestsSeen() {
        return current.supports(Capability.WIRE) ? current.requests().size() : 0;
    }

    /**
     * Sends through the channel's own sender in the fixture's style and waits for the result.
     *
     * @param client the client under test
     * @param message the message
     * @return the result
     */
    public SentMessage send(AcquireClient client, OutboundMessage message) {
        if (current.style() == SendStyle.BLOCKING) {
            if (message instanceof ChatMessage) {
                return client.chat().send((ChatMessage) message);
            } else if (message instanceof MailMessage) {
                return client.mail().send((MailMessage) message);
            }
            return client.sms().send((SmsMessage) message);
        }
        return await(startAsync(client, message), "async send");
    }

    /**
     * Sends and expects a failure of this type.
     *
     * @param <T> the exception type
     * @param type the exception type
     * @param client the client under test
     * @param message the message
     * @return the exception, for further checks
     */
    public <T extends Throwable> T sendFails(Class<T> type, AcquireClient client, OutboundMessage message) {
        Executable sending = () -> send(client, message);
        return assertThrows(type, sending, () -> current.style() + " send of a " + message.channel().wireName()
                + " message should fail with " + type.getSimpleName());
    }

    /**
     * Starts an async send through the channel's own sender; a send that throws instead of
     * returning a stage fails the rule, as the ports forbid it.
     *
     * @param client the client under test
     * @param message the message
     * @return the stage
     */
    public static CompletionStage<SentMessage> startAsync(AcquireClient client, OutboundMessage message) {
        try {
            if (message instanceof ChatMessage) {
                return client.async().chat().send((ChatMessage) message);
            } else if (message instanceof MailMessage) {
                return client.async().mail().send((MailMessage) message);
            }
            return client.async().sms().send((SmsMessage) message);
        } catch (RuntimeException e) {
            return fail("an async send must report failures in its stage, but it threw " + e.getClass().getName(), e);
        }
    }

    /**
     * {@return the case, fetched in the fixture's style}
     *
     * @param client the client
     * @param id the case id
     */
    public SupportCase getCase(AcquireClient client, CaseId id) {
        return inStyle(c -> c.cases().get(id), c -> c.async().cases().get(id), client);
    }

    /**
     * {@return the contact's cases, listed in the fixture's style}
     *
     * @param client the client
     * @param contact the contact
     */
    public List<SupportCase> casesOfContact(AcquireClient client, ContactId contact) {
        return inStyle(c -> c.cases().casesOfContact(contact), c -> c.async().cases().casesOfContact(contact), client);
    }

    /**
     * {@return the cases of the contact's thread, listed in the fixture's style}
     *
     * @param client the client
     * @param contact the contact that owns the thread
     * @param thread the thread
     */
    public List<SupportCase> casesOfThread(AcquireClient client, ContactId contact, ThreadId thread) {
        return inStyle(c -> c.cases().casesOfThread(contact, thread),
                c -> c.async().cases().casesOfThread(contact, thread), client);
    }

    /**
     * {@return the case with its stored messages, read in the fixture's style; empty when the list names no such case}
     *
     * @param client the client
     * @param id the case id
     */
    public Optional<ListedCase> withMessages(AcquireClient client, CaseId id) {
        return inStyle(c -> c.cases().withMessages(id), c -> c.async().cases().withMessages(id), client);
    }

    /**
     * {@return one page of a case list query, fetched in the fixture's style}
     *
     * @param client the client
     * @param query the query
     */
    public CasePage list(AcquireClient client, CaseQuery query) {
        return inStyle(c -> c.cases().list(query), c -> c.async().cases().list(query), client);
    }

    /**
     * {@return every case of a case list query, read page by page in the fixture's style}
     *
     * @param client the client
     * @param query the query
     */
    public List<ListedCase> listAll(AcquireClient client, CaseQuery query) {
        return inStyle(c -> c.cases().listAll(query), c -> c.async().cases().listAll(query), client);
    }

    /**
     * {@return a new case, opened in the fixture's style}
     *
     * @param client the client
     * @param contact the contact
     */
    public SupportCase open(AcquireClient client, ContactId contact) {
        return inStyle(c -> c.caseOpener().open(contact), c -> c.async().caseOpener().open(contact), client);
    }

    /**
     * Runs any operation in the fixture's style: the blocking call, or the async one waited for
     * (its failure unwrapped to the acquire4j exception itself).
     *
     * @param <T> the result
     * @param client the client
     * @param blocking the blocking call
     * @param async the async twin
     * @return the result
     */
    public <T> T inStyle(AcquireClient client, Function<AcquireClient, T> blocking,
            Function<AcquireClient, CompletionStage<T>> async) {
        return inStyle(blocking, async, client);
    }

    /**
     * {@return what reading the case back says of a send that ended with an unknown outcome, in the
     * fixture's style}
     *
     * @param client the client that made the send
     * @param unknown the send's failure
     */
    public Confirmation confirm(AcquireClient client, OutcomeUnknownException unknown) {
        return inStyle(c -> c.confirm(unknown), c -> c.async().confirm(unknown), client);
    }

    /** Checks that no request went over the wire and nothing was stored. */
    public void assertNothingSentOrStored() {
        assertEquals(0, requestsSeen(), "no request on the wire");
        assertEquals(0, state().messageCount(), "nothing stored");
    }

    /**
     * Checks a refusal's type-independent facts.
     *
     * @param e the exception
     * @param status the expected status
     * @param code the expected {@code ERROR_*} code
     * @param channel the channel sent on
     */
    public static void assertRefused(SendFailedException e, int status, String code, Channel channel) {
        assertEquals(status, e.status().orElse(-1), e.getMessage());
        assertEquals(code, e.errorCode().orElse(null), e.getMessage());
        assertFalse(e.mayHaveBeenSent(), "a 4xx means certainly not sent");
        assertEquals(Operation.send(channel), e.operation());
        assertTrue(e.endpoint().startsWith("POST /api/v1/"), "endpoint: " + e.endpoint());
        assertFalse(e.endpoint().contains("?"), "the endpoint has no query: " + e.endpoint());
        assertTrue(e.attempts() >= 1, "attempts: " + e.attempts());
    }

    private <T> T inStyle(Function<AcquireClient, T> blocking, Function<AcquireClient, CompletionStage<T>> async,
            AcquireClient client) {
        if (current.style() == SendStyle.BLOCKING) {
            return blocking.apply(client);
        }
        return await(async.apply(client), "async lookup");
    }

    private static <T> T await(CompletionStage<T> stage, String what) {
        try {
            return stage.toCompletableFuture().get(ASYNC_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // get() has already unwrapped a CompletionException; what is left is the call's own failure.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new AssertionError("the stage failed with a checked exception", cause);
        } catch (TimeoutException e) {
            throw new AssertionError("the " + what + " did not complete within " + ASYNC_LIMIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an " + what, e);
        }
    }
}
