package dev.acquire4j.tck.fakes;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition another thread makes true: polls it, with an upper bound, never a fixed sleep. */
final class Poll {
    private Poll() {}

    static void until(String what, Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
