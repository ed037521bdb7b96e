package dev.acquire4j.tck;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.faults.FaultPlan;
import dev.acquire4j.testkit.faults.ServerFault;
import dev.acquire4j.tck.internal.load.Accounting;
import dev.acquire4j.tck.internal.load.LoadDriver;
import dev.acquire4j.tck.internal.load.Outcome;
import dev.acquire4j.tck.internal.load.Settling;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The contract's load test: many sends through one client, a bounded number in flight, against a
 * {@link FakeAcquireServer} with seeded random faults; then an account of every send and a check
 * that the client and server left no thread or connection behind. Not thread-safe; run it once.
 *
 * <pre>{@code
 * LoadTally tally = LoadAndFaultRun.of(settings -> JdkAcquireClient.builder().settings(settings).build())
 *     .style(SendStyle.ASYNC).run();
 * System.out.println(tally);   // sent=4887, notSent=4, unknown=109, duplicates=0 (...)
 * }</pre>
 *
 * <p>The defaults: 5,000 chat sends, 64 in flight, 10% of answers a 503 with {@code Retry-After: 0}
 * (retried) and 2% a reset after the message was stored (an unknown outcome), seed 5. A run fails
 * with an {@link AssertionError} if a send ends in anything but a {@code SentMessage} or a typed
 * {@code NotSentException}/{@code OutcomeUnknownException}, if a returned message was not stored
 * exactly once, a not-sent one was stored, anything was stored twice or by no send, or if threads or
 * connections are still there after the client and server closed.
 */
public final class LoadAndFaultRun {
    private static final Duration SEND_LIMIT = Duration.ofMinutes(2);

    private final Function<ClientSettings, AcquireClient> clientFactory;
    private int sends = 5_000;
    private int concurrency = 64;
    private int cases = 1;
    private SendStyle style = SendStyle.ASYNC;
    private FaultPlan plan = FaultPlan.seeded(5)
            .with(0.10, ServerFault.status(503).withRetryAfter(Duration.ZERO))
            .with(0.02, ServerFault.resetAfterRead());
    private Consumer<ClientSettings.Builder> settings = b -> { };
    private Duration settleWithin = Duration.ofSeconds(30);

    private LoadAndFaultRun(Function<ClientSettings, AcquireClient> clientFactory) {
        this.clientFactory = Objects.requireNonNull(clientFactory, "clientFactory");
    }

    /**
     * {@return a run of clients built by the factory, with the defaults above}
     *
     * @param clientFactory builds the client under test from settings pointing at the fake server
     */
    public static LoadAndFaultRun of(Function<ClientSettings, AcquireClient> clientFactory) {
        return new LoadAndFaultRun(clientFactory);
    }

    /**
     * {@return this run, sending this many messages} Default: 5,000.
     *
     * @param count at least 1
     */
    public LoadAndFaultRun sends(int count) {
        this.sends = positive(count, "sends");
        return this;
    }

    /**
     * {@return this run, with at most this many sends in flight} Default: 64.
     *
     * @param inFlight at least 1
     */
    public LoadAndFaultRun concurrency(int inFlight) {
        this.concurrency = positive(inFlight, "concurrency");
        return this;
    }

    /**
     * {@return this run, spreading its sends over this many chat cases, in turn} Default: 1. A run
     * that confirms unknown outcomes reads cases back, and a read carries the case's every message:
     * more cases keep each read small.
     *
     * @param count at least 1
     */
    public LoadAndFaultRun cases(int count) {
        this.cases = positive(count, "cases");
        return this;
    }

    /**
     * {@return the fault mix of a run that confirms unknown outcomes: 4% stored then reset, 4% reset
     * without storing, 4% stored then 500, 4% 500 without storing, 10% 503 with {@code Retry-After: 0}}
     *
     * @param seed the plan's seed
     */
    public static FaultPlan unknownOutcomeMix(long seed) {
        return FaultPlan.seeded(seed)
                .with(0.04, ServerFault.resetAfterRead())
                .with(0.04, ServerFault.resetWithoutStoring())
                .with(0.04, ServerFault.statusAfterStoring(500))
                .with(0.04, ServerFault.status(500))
                .with(0.10, ServerFault.status(503).withRetryAfter(Duration.ZERO));
    }

    /**
     * {@return this run against the {@linkplain #unknownOutcomeMix unknown-outcome mix} (seed 14),
     * over 100 cases, with up to 8 attempts per operation, and with automatic confirmation (grace
     * period 100 ms: the mix's faults store before they fail) or without it, for comparison}
     * Confirming, the run ends with no send unknown and no copy unaccounted for.
     *
     * @param on whether sends confirm unknown outcomes
     */
    public LoadAndFaultRun confirmingUnknownOutcomes(boolean on) {
        this.plan = unknownOutcomeMix(14);
        this.cases = 100;
        ConfirmationPolicy policy = on ? ConfirmationPolicy.automatic().withGracePeriod(Duration.ofMillis(100))
                : ConfirmationPolicy.off();
        this.settings = b -> b.confirmationPolicy(policy).retryPolicy(RetryPolicy.builder().maxAttempts(8)
                .baseDelay(Duration.ofMillis(5)).maxDelay(Duration.ofMillis(50)).build());
        return this;
    }

    /**
     * {@return this run, sending async (a semaphore bounds the sends in flight) or blocking (one worker thread each)} Default: async.
     *
     * @param sendStyle the style
     */
    public LoadAndFaultRun style(SendStyle sendStyle) {
        this.style = Objects.requireNonNull(sendStyle, "sendStyle");
        return this;
    }

    /**
     * {@return this run, with these random faults instead of the default plan}
     *
     * @param faults the plan; {@link FaultPlan#none()} for none
     */
    public LoadAndFaultRun faults(FaultPlan faults) {
        this.plan = Objects.requireNonNull(faults, "faults");
        return this;
    }

    /**
     * {@return this run, its client's settings changed after the base URI and key are set}
     *
     * @param customiser changes the settings, e.g. the retry policy
     */
    public LoadAndFaultRun settings(Consumer<ClientSettings.Builder> customiser) {
        this.settings = Objects.requireNonNull(customiser, "customiser");
        return this;
    }

    /**
     * {@return this run, waiting at most this long for threads and connections to go} Default: 30 s.
     *
     * @param limit a positive duration
     */
    public LoadAndFaultRun settleWithin(Duration limit) {
        this.settleWithin = Objects.requireNonNull(limit, "limit");
        return this;
    }

    /**
     * Runs the sends, accounts for each, and checks that nothing was left behind.
     *
     * @return the tally
     * @throws AssertionError if the run breaks a rule listed in the class documentation
     * @throws InterruptedException if the calling thread is interrupted
     */
    public LoadTally run() throws InterruptedException {
        Set<Thread> baseline = Settling.liveThreads();
        Accounting.Counts counts;
        int stored;
        int requests;
        int faults;
        long connections;
        Duration took;
        long settling;
        try (FakeAcquireServer server = new FakeAcquireServer().start()) {
            List<SupportCase> open = new ArrayList<>(cases);
            for (int i = 0; i < cases; i++) {
                open.add(server.state().openCase(Channel.CHAT));
            }
            List<ChatMessage> messages = new ArrayList<>(sends);
            for (int i = 0; i < sends; i++) {
                SupportCase c = open.get(i % cases);
                messages.add(ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                        .text("load " + i).build());
            }
            server.faultPlan(plan);
            long start = System.nanoTime();
            Outcome[] outcomes = sendAll(server, messages);
            took = Duration.ofNanos(System.nanoTime() - start);
            counts = Accounting.check(messages, outcomes, server.state().messages());
            settling = System.nanoTime();
            if (!Settling.await(settleWithin, () -> server.openConnections() == 0)) {
                throw new AssertionError(server.openConnections() + " connections still open "
                        + settleWithin.toSeconds() + " s after the client closed");
            }
            stored = server.state().messageCount();
            requests = server.requestCount();
            faults = server.faultsInjected();
            connections = server.acceptedConnections();
        }
        if (!Settling.await(settleWithin, () -> Settling.newThreads(baseline).isEmpty())) {
            throw new AssertionError("threads left behind " + settleWithin.toSeconds() + " s after the run: "
                    + Settling.newThreads(baseline));
        }
        return new LoadTally(counts.sent(), counts.notSent(), counts.unknown(), counts.duplicates(), counts.unaccounted(),
                stored, requests,
                faults, connections, took, Duration.ofNanos(System.nanoTime() - settling));
    }

    /** Sends through a client made for this run alone, and closes it; nothing keeps it reachable after. */
    private Outcome[] sendAll(FakeAcquireServer server, List<ChatMessage> messages) throws InterruptedException {
        ClientSettings.Builder b = ClientSettings.builder().baseUri(server.baseUri()).apiKey(server.state().validKey());
        settings.accept(b);
        try (AcquireClient client = clientFactory.apply(b.build())) {
            return LoadDriver.drive(client, messages, concurrency, style == SendStyle.ASYNC, SEND_LIMIT);
        }
    }

    private static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }
}
