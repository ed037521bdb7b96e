package dev.acquire4j.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.tck.LoadAndFaultRun;
import dev.acquire4j.tck.LoadTally;
import dev.acquire4j.tck.SendStyle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load test for the Vert.x adapter: 5,000 sends, 64 in flight, against seeded 503s and
 * resets. A standalone client owns its Vert.x instance, so closing it must leave no thread and no
 * connection behind. Tagged {@code load}; it runs with every build.
 */
@Tag("load")
class VertxLoadAndFaultTest {
    @Test
    void asyncSendsUnderFaultsAreEachAccountedForAndLeaveNothingBehind() throws InterruptedException {
        LoadTally tally = LoadAndFaultRun.of(
                settings -> VertxAcquireClient.createStandalone(VertxAcquireOptions.of(settings)).asAcquireClient())
                .style(SendStyle.ASYNC).run();
        System.out.println("Vert.x async load run: " + tally);
        assertEquals(5_000, tally.total());
    }

    @Test
    void blockingSendsUnderFaultsAreEachAccountedForAndLeaveNothingBehind() throws InterruptedException {
        LoadTally tally = LoadAndFaultRun.of(
                settings -> VertxAcquireClient.createStandalone(VertxAcquireOptions.of(settings)).asAcquireClient())
                .style(SendStyle.BLOCKING).run();
        System.out.println("Vert.x blocking load run: " + tally);
        assertEquals(5_000, tally.total());
    }

    @Test
    void confirmingSendsEndSentOrNotSentWithOneCopyEach() throws InterruptedException {
        LoadTally tally = LoadAndFaultRun.of(
                settings -> VertxAcquireClient.createStandalone(VertxAcquireOptions.of(settings)).asAcquireClient())
                .confirmingUnknownOutcomes(true).style(SendStyle.ASYNC).run();
        System.out.println("Vert.x async load run, confirming unknown outcomes: " + tally);
        tally.requireEverySendSettled(5_000);
    }

    @Test
    void withoutConfirmationTheSameMixLeavesUnknownOutcomes() throws InterruptedException {
        LoadTally tally = LoadAndFaultRun.of(
                settings -> VertxAcquireClient.createStandalone(VertxAcquireOptions.of(settings)).asAcquireClient())
                .confirmingUnknownOutcomes(false).sends(2_000).style(SendStyle.ASYNC).run();
        System.out.println("Vert.x async load run, not confirming: " + tally);
        assertTrue(tally.unknown() > 0 && tally.unaccounted() > 0, tally::toString);
    }
}
