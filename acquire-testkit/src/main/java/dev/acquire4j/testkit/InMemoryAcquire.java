package dev.acquire4j.testkit;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.AsyncCaseLifecycle;
import dev.acquire4j.ports.AsyncAcquireClient;
import dev.acquire4j.ports.AsyncCaseLookup;
import dev.acquire4j.ports.AsyncCaseMessages;
import dev.acquire4j.ports.AsyncCaseOpener;
import dev.acquire4j.ports.AsyncChatSender;
import dev.acquire4j.ports.AsyncMailSender;
import dev.acquire4j.ports.AsyncSmsSender;
import dev.acquire4j.ports.CaseLifecycle;
import dev.acquire4j.ports.CaseLookup;
import dev.acquire4j.ports.CaseMessages;
import dev.acquire4j.ports.CaseOpener;
import dev.acquire4j.ports.ChatSender;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.Confirmation;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.ports.MailSender;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.SmsSender;
import dev.acquire4j.testkit.faults.FailureKind;
import dev.acquire4j.testkit.internal.Endpoints;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import dev.acquire4j.testkit.internal.Submission;
import dev.acquire4j.testkit.internal.memory.ClientView;
import dev.acquire4j.testkit.internal.memory.Deliveries;
import dev.acquire4j.testkit.internal.memory.Failures;
import dev.acquire4j.testkit.internal.memory.MemoryCalls;
import dev.acquire4j.testkit.internal.memory.MemoryCases;
import dev.acquire4j.testkit.internal.memory.MemoryLifecycle;
import dev.acquire4j.testkit.internal.memory.MemoryConfirmer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An {@link AcquireClient} that sends into an {@link AcquireState} in memory, for unit tests of code
 * that sends through acquire4j. Thread-safe.
 *
 * <p>It applies the fake account's rules and raises the exceptions an HTTP adapter raises for the
 * same answers (a closed case: {@code RequestRejectedException} 400 {@code ERROR_INVALID_INPUT}; an
 * unknown case: {@code NotFoundException} 404; a wrong key: {@code AuthenticationException} 401...),
 * and it can be told to fail the next send in any way ({@link #failNextWith(FailureKind)}). Its
 * async senders return stages that are already complete; a failed stage holds the acquire4j
 * exception itself, never a {@code CompletionException}.
 *
 * <pre>{@code
 * AcquireState state = new AcquireState();
 * SupportCase c = state.openCase(Channel.CHAT);
 * try (InMemoryAcquire acquire = InMemoryAcquire.of(state)) {
 *     new OrderNotifier(acquire).shipped(c);          // the code under test
 * }
 * assertEquals("Your order has shipped", state.messages().get(0).text());
 * }</pre>
 */
public final class InMemoryAcquire implements AcquireClient {
    private final AcquireState state;
    private final ApiKey key;
    private final SenderRole defaultRole;
    private final Queue<Scripted> scripted;
    private final Queue<OutboundMessage> attempts;
    private final AtomicBoolean closed;
    private final AsyncAcquireClient async = new Async();
    private final MemoryCases cases;
    private final MemoryLifecycle lifecycle;
    private final MemoryConfirmer confirmer;
    private final ConfirmationPolicy policy;

    private InMemoryAcquire(AcquireState state, ApiKey key, SenderRole defaultRole) {
        this.state = Objects.requireNonNull(state, "state");
        this.key = Objects.requireNonNull(key, "key");
        this.defaultRole = Objects.requireNonNull(defaultRole, "defaultRole");
        this.scripted = new ConcurrentLinkedQueue<>();
        this.attempts = new ConcurrentLinkedQueue<>();
        this.closed = new AtomicBoolean();
        this.cases = new MemoryCases(state.ledger(), state.keys(), key, closed::get);
        this.lifecycle = new MemoryLifecycle(state.ledger(), state.keys(), key, closed::get);
        this.confirmer = new MemoryConfirmer(state.ledger());
        this.policy = ConfirmationPolicy.off();
    }

    /** A view of a client with another confirmation policy, sharing everything else. */
    private InMemoryAcquire(InMemoryAcquire original, ConfirmationPolicy policy) {
        this.state = original.state;
        this.key = original.key;
        this.defaultRole = original.defaultRole;
        this.scripted = original.scripted;
        this.attempts = original.attempts;
        this.closed = original.closed;
        this.cases = original.cases;
        this.lifecycle = original.lifecycle;
        this.confirmer = original.confirmer;
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * {@return a client of the account with its valid key, sending as {@link SenderRole#USER} by default}
     *
     * @param state the fake account
     */
    public static InMemoryAcquire of(AcquireState state) {
        return of(state, state.validKey(), SenderRole.USER);
    }

    /**
     * {@return a client of the account that presents this key}
     *
     * @param state the fake account
     * @param key the key; anything but {@link AcquireState#validKey()} is refused like the server would
     */
    public static InMemoryAcquire of(AcquireState state, ApiKey key) {
        return of(state, key, SenderRole.USER);
    }

    /**
     * {@return a client of the account that presents this key and sends as this role by default}
     *
     * @param state the fake account
     * @param key the key to present
     * @param defaultRole the role of messages that set none, as {@code ClientSettings.defaultSenderRole}
     */
    public static InMemoryAcquire of(AcquireState state, ApiKey key, SenderRole defaultRole) {
        return new InMemoryAcquire(state, key, defaultRole);
    }

    /** {@return the fake account this client sends into} */
    public AcquireState state() {
        return state;
    }

    /**
     * Makes the next send fail this way. Calls queue up, one failure per send.
     *
     * @param kind how the send fails
     * @return this client
     */
    public InMemoryAcquire failNextWith(FailureKind kind) {
        Objects.requireNonNull(kind, "kind");
        return script(channel -> Failures.forKind(Operation.send(channel), Endpoints.endpoint(channel), kind), kind.storesMessage());
    }

    /**
     * Makes the next send fail as if the server answered this error status, mapped to the exception
     * an HTTP adapter raises (401, 403, 404, 429, other 4xx, other 5xx). Calls queue up.
     *
     * @param status an HTTP status from 400 to 599
     * @param errorCode the {@code ERROR_*} code, or {@code null}
     * @return this client
     */
    public InMemoryAcquire failNextWithStatus(int status, String errorCode) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 400 to 599, not " + status);
        }
        return script(channel -> Failures.forStatus(Operation.send(channel), Endpoints.endpoint(channel), status, errorCode,
                "scripted by the in-memory client"), false);
    }

    /**
     * Makes the next send time out (a {@code ResponseTimeoutException}, outcome unknown) with nothing
     * stored yet, and stores its message after the delay, as a busy server that processes a request
     * after the client gave up. Calls queue up with the other scripted failures.
     *
     * @param delay zero or positive
     * @return this client
     */
    public InMemoryAcquire timeOutNextThenStoreAfter(Duration delay) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("must not be negative: " + delay);
        }
        scripted.add(new Scripted(channel -> Failures.forKind(Operation.send(channel), Endpoints.endpoint(channel),
                FailureKind.TIMEOUT), false, delay));
        return this;
    }

    private void storeLate(Submission late) {
        try {
            state.ledger().accept(late);
        } catch (Refusal ignored) {
            // The account refuses it as it would have at once (a closed case, say): nothing stored.
        }
    }

    /** {@return every message given to a send of this client, in call order, failed ones included} */
    public List<OutboundMessage> attempts() {
        return List.copyOf(attempts);
    }

    /** {@return how many sends this client was asked to make} */
    public int attemptCount() {
        return attempts.size();
    }

    @Override
    public ChatSender chat() {
        return this::deliver;
    }

    @Override
    public MailSender mail() {
        return this::deliver;
    }

    @Override
    public SmsSender sms() {
        return this::deliver;
    }

    @Override
    public AsyncAcquireClient async() {
        return async;
    }

    /**
     * {@return a view of this client for another deadline; nothing waits in memory, so the view
     * only checks the deadline and shares everything else, and closing it does nothing}
     *
     * @param deadline a positive duration of at most 1 hour
     */
    @Override
    public AcquireClient withSendDeadline(Duration deadline) {
        ClientSettings.checkSendDeadline(deadline);
        return new ClientView(this);
    }

    /**
     * {@return the case lookups, over the account's cases; the key is checked, scripted send failures do not apply}
     */
    @Override
    public CaseLookup cases() {
        return cases;
    }

    /** {@return the opener of chat cases, which adds an active chat case of a known contact to the account} */
    @Override
    public CaseOpener caseOpener() {
        return cases;
    }

    /**
     * {@return the case lifecycle over the account's cases, with the fake server's rules; the key is
     * checked, scripted send failures do not apply}
     */
    @Override
    public CaseLifecycle caseLifecycle() {
        return lifecycle;
    }

    /**
     * {@return the stored-message calls over the account's messages, with the fake server's rules;
     * the key is checked, scripted send failures do not apply}
     */
    @Override
    public CaseMessages caseMessages() {
        return lifecycle;
    }

    /**
     * {@return what the fake account holds of a send that failed with an unknown outcome: the same
     * matching as the HTTP clients, over the account's messages of the case}
     *
     * @param unknown the failure of a send of this client
     */
    @Override
    public Confirmation confirm(OutcomeUnknownException unknown) {
        return confirmer.confirm(unknown, policy);
    }

    /**
     * {@return a view of this client whose sends confirm unknown outcomes as the policy says (the
     * grace period waits on the calling thread); closing it does nothing}
     *
     * @param other the policy
     */
    @Override
    public AcquireClient withConfirmationPolicy(ConfirmationPolicy other) {
        return new ClientView(new InMemoryAcquire(this, other));
    }

    /** Marks the client closed: later sends fail with a {@code NotSentException}. Idempotent. */
    @Override
    public void close() {
        closed.set(true);
    }

    private InMemoryAcquire script(Function<Channel, RuntimeException> failure, boolean stores) {
        scripted.add(new Scripted(failure, stores, null));
        return this;
    }

    /** A failure scripted for one send, and whether the message is stored before it. */
    private record Scripted(Function<Channel, RuntimeException> failure, boolean stores, Duration storeAfter) {}

    private SentMessage deliver(OutboundMessage message) {
        Objects.requireNonNull(message, "message");
        return confirmer.send(message, defaultRole, policy, this::deliverOnce);
    }

    private SentMessage deliverOnce(OutboundMessage message) {
        Channel channel = message.channel();
        if (closed.get()) {
            throw Failures.closed(Operation.send(channel), Endpoints.endpoint(channel));
        }
        attempts.add(message);
        Scripted failure = scripted.poll();
        Ledger ledger = state.ledger();
        try {
            // Like the fake server: a scripted error comes before any check; a garbled answer after the store.
            if (failure != null && failure.storeAfter() != null) {
                Submission late = Deliveries.submission(message, defaultRole);
                CompletableFuture.delayedExecutor(failure.storeAfter().toMillis(), TimeUnit.MILLISECONDS)
                        .execute(() -> storeLate(late));
            }
            if (failure != null && !failure.stores()) {
                throw failure.failure().apply(channel);
            }
            state.keys().authorize(key.reveal());
            SentMessage sent = Deliveries.sentMessage(ledger.accept(Deliveries.submission(message, defaultRole)));
            if (failure != null) {
                throw failure.failure().apply(channel);
            }
            return sent;
        } catch (Refusal r) {
            throw Failures.forRefusal(Operation.send(channel), Endpoints.endpoint(channel), r);
        }
    }

    private CompletionStage<SentMessage> deliverAsync(OutboundMessage message) {
        return completed(() -> deliver(message));
    }

    private static <T> CompletionStage<T> completed(Supplier<T> action) {
        return MemoryCalls.completed(action);
    }

    /** The async twins, over the same delivery. */
    private final class Async implements AsyncAcquireClient {
        @Override
        public AsyncChatSender chat() {
            return InMemoryAcquire.this::deliverAsync;
        }

        @Override
        public AsyncMailSender mail() {
            return InMemoryAcquire.this::deliverAsync;
        }

        @Override
        public AsyncSmsSender sms() {
            return InMemoryAcquire.this::deliverAsync;
        }

        @Override
        public AsyncCaseLookup cases() {
            return new AsyncCaseLookup() {
                @Override
                public CompletionStage<SupportCase> get(CaseId id) {
                    return completed(() -> cases.get(id));
                }

                @Override
                public CompletionStage<List<SupportCase>> casesOfContact(ContactId contact) {
                    return completed(() -> cases.casesOfContact(contact));
                }

                @Override
                public CompletionStage<List<SupportCase>> casesOfThread(ContactId contact, ThreadId thread) {
                    return completed(() -> cases.casesOfThread(contact, thread));
                }

                @Override
                public CompletionStage<Optional<ListedCase>> withMessages(CaseId id) {
                    return completed(() -> cases.withMessages(id));
                }

                @Override
                public CompletionStage<CasePage> list(CaseQuery query) {
                    return completed(() -> cases.list(query));
                }

                @Override
                public CompletionStage<List<ListedCase>> listAll(CaseQuery query) {
                    return completed(() -> cases.listAll(query));
                }
            };
        }

        @Override
        public CompletionStage<Confirmation> confirm(OutcomeUnknownException unknown) {
            return completed(() -> InMemoryAcquire.this.confirm(unknown));
        }

        @Override
        public AsyncCaseOpener caseOpener() {
            return contact -> completed(() -> cases.open(contact));
        }

        @Override
        public AsyncCaseLifecycle caseLifecycle() {
            return lifecycle.asyncLifecycle();
        }

        @Override
        public AsyncCaseMessages caseMessages() {
            return lifecycle.asyncMessages();
        }
    }
}
