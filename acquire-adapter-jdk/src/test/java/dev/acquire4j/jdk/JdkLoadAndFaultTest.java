package dev.acquire4j.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.tck.LoadAndFaultRun;
import dev.acquire4j.tck.LoadTally;
import dev.acquire4j.tck.SendStyle;
import dev.acquire4j.testkit.faults.FaultPlan;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load test: 5,000 sends, 64 in flight, through one JDK client against seeded 503s and resets.
 * Tagged {@code load}; it runs with every build. The last test checks that the run itself
 * notices a leaked connection (the testkit's own tests cover leaked threads).
 */
@Tag("load")
class JdkLoadAndFaultTest {
    @Test
    void asyncSendsUnderFaultsAreEachAccountedForAndLeaveNothingBehind() throws InterruptedException {
        LoadTally tally = LoadAndFaultRun.of(settings -> JdkAcquireClient.builder().settings(settings).build())
                .style(SendStyle.ASYNC).run();
        System.out.println("JDK async load run: " + tally);
        assertEquals(5_000, tally.total());
    }

    @Test
    void blockingSendsUnderFaultsAreEachAccountedForAndLeaveNothingBehind() throws InterruptedException {
        LoadTally tally = LoadAndFaultRun.of(settings -> JdkAcquireClient.builder().settings(settings).build())
                .style(SendStyle.BLOCKING).run();
        System.out.println("JDK blocking load run: " + tally);
        assertEquals(5_000, tally.total());
    }

    @Test
    void confirmingSendsEndSentOrNotSentWithOneCopyEach() throws InterruptedException {
        LoadTally tally = LoadAndFaultRun.of(settings -> JdkAcquireClient.builder().settings(settings).build())
                .confirmingUnknownOutcomes(true).style(SendStyle.ASYNC).run();
        System.out.println("JDK async load run, confirming unknown outcomes: " + tally);
        tally.requireEverySendSettled(5_000);
    }

    @Test
    void withoutConfirmationTheSameMixLeavesUnknownOutcomes() throws InterruptedException {
        LoadTally tally = LoadAndFaultRun.of(settings -> JdkAcquireClient.builder().settings(settings).build())
                .confirmingUnknownOutcomes(false).sends(2_000).style(SendStyle.ASYNC).run();
        System.out.println("JDK async load run, not confirming: " + tally);
        assertTrue(tally.unknown() > 0 && tally.unaccounted() > 0, tally::toString);
    }

    @Test
    void theRunSeesAConnectionLeftOpen() {
        // A caller-owned HttpClient outlives the AcquireClient, and so do its pooled connections.
        HttpClient kept = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        AssertionError e = assertThrows(AssertionError.class, () -> LoadAndFaultRun.of(
                settings -> JdkAcquireClient.builder().settings(settings).httpClient(kept).build())
                .sends(20).concurrency(4).faults(FaultPlan.none()).settleWithin(Duration.ofSeconds(1)).run());
        assertTrue(e.getMessage().contains("connections still open"), e.getMessage());
        assertTrue(kept.version() != null, "kept reachable until here");
    }
}
