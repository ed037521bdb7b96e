package dev.acquire4j.tck;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.tck.internal.load.Accounting;
import dev.acquire4j.tck.internal.load.HeapPeak;
import dev.acquire4j.tck.internal.load.Settling;
import dev.acquire4j.tck.internal.load.StallProbe;
import dev.acquire4j.tck.internal.load.TimedDriver;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.faults.FaultPlan;
import dev.acquire4j.testkit.faults.ServerFault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A load run against a {@link FakeAcquireServer} that answers hostilely: many sends through one
 * client, a bounded number in flight, against a seeded mix of interim {@code 1xx} answers,
 * endless, oversized, trickled and cut bodies, oversized headers, late answers, resets and
 * {@code 503}/{@code 429} answers. Then every send is accounted for (as by the contract's load run:
 * typed endings only, nothing stored twice or by no send), each send's time is checked against its
 * deadline plus a slack (plus the longest this JVM's threads went unscheduled during the run, as a
 * probe thread measures it: a stalled machine is no fault of the client; 200 sends against a
 * well-behaved server first keep class loading out of the timing), the heap the run keeps alive must stay bounded by the answer-size limit
 * times the sends in flight, and the client and server must leave no thread or connection behind.
 * Not thread-safe; run it once.
 *
 * <pre>{@code
 * HostileLoadRun.Tally t = HostileLoadRun.of(settings -> JdkAcquireClient.builder().settings(settings).build())
 *     .async(true).run();
 * }</pre>
 *
 * <p>The defaults: 5,000 chat sends, 32 in flight, a send deadline of 2 s and a request timeout of
 * 1 s, answers limited to 64 KiB, slack 500 ms, seed 18. The heap is measured after garbage
 * collection only (sampled, so a collection's timing cannot fail the run): its peak may exceed the
 * heap in use before the run by at most {@link #HEAP_HEADROOM} plus 16 times the answer-size limit
 * per send in flight (32 MiB by default). A client that buffered answers without a limit would keep
 * hundreds of megabytes of an endless body alive.
 */
public final class HostileLoadRun {
    /** How far past its deadline a send may end before the run fails. */
    public static final Duration SLACK = Duration.ofMillis(500);
    /** Sends made before the measured run, against a well-behaved server, so that class loading and the first compilations are not timed. */
    private static final int WARM_UP_SENDS = 200;
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(2);
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final int MAX_ANSWER_BYTES = 64 << 10;
    /**
     * What the run itself may keep alive beyond the answers in flight: the fake server's records of
     * every request and message, the run's own bookkeeping, the client's pools and buffers, and
     * old-generation garbage that young collections leave in the after-collection figure (measured
     * at 8 to 106 MiB on a loaded 2-core machine). Still far below what one unbounded answer keeps
     * alive (hundreds of MiB within a request timeout).
     */
    public static final long HEAP_HEADROOM = 160L << 20;

    private final Function<ClientSettings, AcquireClient> clientFactory;
    private int sends = 5_000;
    private int concurrency = 32;
    private boolean async = true;

    /**
     * What the run counted.
     *
     * @param sent sends that returned a stored message
     * @param notSent sends that failed as not sent
     * @param unknown sends that failed with an unknown outcome
     * @param duplicates texts stored more than once (a run only passes with 0)
     * @param faults requests that met a fault
     * @param slowest the longest a send took
     * @param took how long the run's sends took
     * @param heapGrowth the peak heap in use after a collection during the run, less the heap in use
     *     before it, in bytes (0 if it never grew)
     */
    public record Tally(int sent, int notSent, int unknown, int duplicates, int faults, Duration slowest, Duration took,
            long heapGrowth) {}

    private HostileLoadRun(Function<ClientSettings, AcquireClient> clientFactory) {
        this.clientFactory = Objects.requireNonNull(clientFactory, "clientFactory");
    }

    /**
     * {@return a run of clients built by the factory, with the defaults above}
     *
     * @param clientFactory builds the client under test from settings pointing at the fake server
     */
    public static HostileLoadRun of(Function<ClientSettings, AcquireClient> clientFactory) {
        return new HostileLoadRun(clientFactory);
    }

    /**
     * {@return this run, sending this many messages} Default: 5,000.
     *
     * @param count at least 1
     */
    public HostileLoadRun sends(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("sends must be at least 1, not " + count);
        }
        this.sends = count;
        return this;
    }

    /**
     * {@return this run, sending async (else blocking, one worker thread per send in flight)} Default: async.
     *
     * @param asyncSends whether to use the async senders
     */
    public HostileLoadRun async(boolean asyncSends) {
        this.async = asyncSends;
        return this;
    }

    /** {@return the seeded mix of hostile faults the server draws from} */
    public static FaultPlan hostilePlan() {
        return FaultPlan.seeded(18)
                .with(0.03, ServerFault.interim(102, Duration.ofMillis(20)))
                .with(0.02, ServerFault.interim(100, Duration.ofMillis(20)))
                .with(0.02, ServerFault.interim(103, Duration.ofMillis(20)))
                .with(0.01, ServerFault.endlessBody())
                .with(0.02, ServerFault.oversizedBody(256 << 10))
                .with(0.01, ServerFault.trickledBody(Duration.ofSeconds(1)))
                .with(0.02, ServerFault.cutMidBody())
                .with(0.01, ServerFault.oversizedHeaders(16 << 10))
                .with(0.01, ServerFault.delay(Duration.ofSeconds(3)))
                .with(0.02, ServerFault.resetAfterRead())
                .with(0.05, ServerFault.status(503).withRetryAfter(Duration.ZERO))
                .with(0.01, ServerFault.status(429).withRetryAfter(Duration.ofSeconds(1)));
    }

    /**
     * Runs the sends, accounts for each, checks their times, and checks that nothing was left behind.
     *
     * @return the tally
     * @throws AssertionError if a send broke the accounting, ended later than its deadline plus
     *     {@link #SLACK}, the heap grew past its bound, or a thread or connection was left behind
     * @throws InterruptedException if the calling thread is interrupted
     */
    public Tally run() throws InterruptedException {
        warmUp();
        Set<Thread> baseline = Settling.liveThreads();
        Duration stalled;
        Accounting.Counts counts;
        TimedDriver.Result result;
        int faults;
        long start;
        Duration took;
        long heapBound = HEAP_HEADROOM + 16L * concurrency * MAX_ANSWER_BYTES;
        long heapGrowth;
        try (FakeAcquireServer server = new FakeAcquireServer().start()) {
            SupportCase c = server.state().openCase(Channel.CHAT);
            List<ChatMessage> messages = new ArrayList<>(sends);
            for (int i = 0; i < sends; i++) {
                messages.add(ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                        .text("hostile " + i).build());
            }
            server.faultPlan(hostilePlan());
            ClientSettings settings = ClientSettings.builder().baseUri(server.baseUri()).apiKey(server.state().validKey())
                    .sendDeadline(DEADLINE).requestTimeout(Duration.ofSeconds(1)).maxAnswerBytes(MAX_ANSWER_BYTES).build();
            try (HeapPeak heap = HeapPeak.start(); StallProbe probe = StallProbe.start()) {
                start = System.nanoTime();
                try (AcquireClient client = clientFactory.apply(settings)) {
                    result = TimedDriver.drive(client, messages, concurrency, async, RUN_LIMIT);
                }
                heapGrowth = Math.max(0, heap.peakBytes() - heap.baselineBytes());
                stalled = probe.longestStall();
            }
            took = Duration.ofNanos(System.nanoTime() - start);
            counts = Accounting.check(messages, result.outcomes(), server.state().messages());
            faults = server.faultsInjected();
            if (!Settling.await(SETTLE, () -> server.openConnections() == 0)) {
                throw new AssertionError(server.openConnections() + " connections still open after the client closed");
            }
        }
        if (heapGrowth > heapBound) {
            throw new AssertionError("the heap in use after collection grew by " + (heapGrowth >> 20) + " MiB during the run, "
                    + "more than " + (heapBound >> 20) + " MiB (" + (HEAP_HEADROOM >> 20) + " MiB and 16 times "
                    + (MAX_ANSWER_BYTES >> 10) + " KiB for each of " + concurrency + " sends in flight)");
        }
        if (!Settling.await(SETTLE, () -> Settling.newThreads(baseline).isEmpty())) {
            throw new AssertionError("threads left behind after the run: " + Settling.newThreads(baseline));
        }
        long slowest = 0;
        List<String> late = new ArrayList<>();
        for (int i = 0; i < result.nanos().length; i++) {
            long t = result.nanos()[i];
            slowest = Math.max(slowest, t);
            if (t > DEADLINE.plus(SLACK).plus(stalled).toNanos() && late.size() < 10) {
                late.add("send " + i + " took " + t / 1_000_000 + " ms: " + result.outcomes()[i]);
            }
        }
        if (!late.isEmpty()) {
            throw new AssertionError("sends past their deadline of " + DEADLINE.toMillis() + " ms plus "
                    + SLACK.toMillis() + " ms (and the " + stalled.toMillis() + " ms this JVM's threads went unscheduled at"
                    + " most, measured during the run): " + late);
        }
        return new Tally(counts.sent(), counts.notSent(), counts.unknown(), counts.duplicates(), faults,
                Duration.ofNanos(slowest), took, heapGrowth);
    }

    /** Runs a few sends through a client of the same kind against a server without faults, then closes both. */
    private void warmUp() throws InterruptedException {
        try (FakeAcquireServer server = new FakeAcquireServer().start()) {
            SupportCase c = server.state().openCase(Channel.CHAT);
            List<ChatMessage> messages = new ArrayList<>(WARM_UP_SENDS);
            for (int i = 0; i < WARM_UP_SENDS; i++) {
                messages.add(ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                        .text("warm-up " + i).build());
            }
            ClientSettings settings = ClientSettings.builder().baseUri(server.baseUri()).apiKey(server.state().validKey())
                    .build();
            try (AcquireClient client = clientFactory.apply(settings)) {
                TimedDriver.drive(client, messages, concurrency, async, RUN_LIMIT);
            }
            Settling.await(SETTLE, () -> server.openConnections() == 0);
        }
    }
}
