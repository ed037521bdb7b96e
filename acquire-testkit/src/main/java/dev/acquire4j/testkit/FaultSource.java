package dev.acquire4j.testkit;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/** The fault of each request a {@link FakeAcquireServer} receives: the next scripted one, else a draw from the plan. Thread-safe. */
final class FaultSource implements Supplier<ServerFault> {
    private final Queue<ServerFault> scripted = new ConcurrentLinkedQueue<>();
    private volatile FaultPlan.Draws draws = FaultPlan.none().draws();

    void script(ServerFault... faults) {
        for (ServerFault f : faults) {
            scripted.add(Objects.requireNonNull(f, "fault"));
        }
    }

    void plan(FaultPlan plan) {
        draws = Objects.requireNonNull(plan, "plan").draws();
    }

    @Override
    public ServerFault get() {
        ServerFault next = scripted.poll();
        return next != null ? next : draws.next();
    }
}
