package dev.acquire4j.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acquire4j.tck.HostileLoadRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hostile load run for the JDK adapter, async and blocking. Tagged {@code load}; it runs with every build. */
@Tag("load")
class JdkHostileLoadTest {
    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {true, false})
    void everySendIsAccountedForWithinItsDeadlineAndNothingIsLeftBehind(boolean async) throws InterruptedException {
        HostileLoadRun.Tally tally = HostileLoadRun.of(settings -> JdkAcquireClient.builder().settings(settings).build())
                .async(async).run();
        System.out.println("JDK hostile load run, async=" + async + ": " + tally);
        assertEquals(5_000, tally.sent() + tally.notSent() + tally.unknown());
        assertEquals(0, tally.duplicates());
    }
}
