package dev.acquire4j.testkit;

import dev.acquire4j.testkit.faults.FaultPlan;
import dev.acquire4j.testkit.faults.ServerFault;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/** The fault of each request a {@link FakeAcquireServer} receives: the next scripted one, else a draw from the plan. Thread-safe. */
final class FaultSource implements Supplier<ServerFault> {
    private final Queue<ServerFault> scripted = new ConcurrentLinkedQueue<>();
    private volatile Draws draws = new Draws(FaultPlan.none());

    void script(ServerFault... faults) {
        for (ServerFault f : faults) {
            scripted.add(Objects.requireNonNull(f, "fault"));
        }
    }

    void plan(FaultPlan plan) {
        draws = new Draws(Objects.requireNonNull(plan, "plan"));
    }

    @Override
    public ServerFault get() {
        ServerFault next = scripted.poll();
        return next != null ? next : draws.next();
    }

    /** The running state of one plan: one random number per request, from the plan's seed. */
    private static final class Draws {
        private final FaultPlan plan;
        private final Random random;

        Draws(FaultPlan plan) {
            this.plan = plan;
            this.random = new Random(plan.seed());
        }

        /** {@return the next request's fault, {@link ServerFault#none()} if it draws none} */
        synchronized ServerFault next() {
            double r = random.nextDouble();
            for (FaultPlan.Entry e : plan.entries()) {
                if (r < e.probability()) {
                    return e.fault();
                }
                r -= e.probability();
            }
            return ServerFault.none();
        }
    }
}
