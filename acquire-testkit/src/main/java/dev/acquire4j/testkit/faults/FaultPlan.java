package dev.acquire4j.testkit.faults;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Random faults for {@link dev.acquire4j.testkit.FakeAcquireServer#faultPlan(FaultPlan)}: each request without a scripted
 * fault draws one fault, or none, with the given probabilities, from a random sequence fixed by a
 * seed. Immutable and thread-safe; the server keeps the drawing state.
 *
 * <pre>{@code
 * server.faultPlan(FaultPlan.seeded(42)
 *     .with(0.10, ServerFault.status(503).withRetryAfter(Duration.ZERO))
 *     .with(0.02, ServerFault.resetAfterRead()));
 * }</pre>
 *
 * <p>The sequence of draws is fixed by the seed; which request gets which draw depends on the
 * order requests arrive in, which concurrent clients do not fix.
 */
public final class FaultPlan {
    private static final FaultPlan NONE = new FaultPlan(0, List.of());

    private final long seed;
    private final List<Entry> entries;

    /**
     * One fault of a plan and the probability a request draws it.
     *
     * @param probability from 0 to 1
     * @param fault the fault
     */
    public record Entry(double probability, ServerFault fault) {
        /**
         * Checks the entry.
         *
         * @param probability from 0 to 1
         * @param fault the fault
         */
        public Entry {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("a probability is from 0 to 1, not " + probability);
            }
            Objects.requireNonNull(fault, "fault");
        }
    }

    private FaultPlan(long seed, List<Entry> entries) {
        this.seed = seed;
        this.entries = List.copyOf(entries);
    }

    /** {@return the plan without faults} */
    public static FaultPlan none() {
        return NONE;
    }

    /**
     * {@return an empty plan whose draws follow this seed; add faults with {@link #with}}
     *
     * @param seed fixes the random sequence
     */
    public static FaultPlan seeded(long seed) {
        return new FaultPlan(seed, List.of());
    }

    /**
     * {@return a copy of this plan that also draws this fault with this probability}
     *
     * @param probability from 0 to 1; the probabilities of a plan add up to at most 1
     * @param fault the fault
     * @throws IllegalArgumentException if the probabilities would add up to more than 1
     */
    public FaultPlan with(double probability, ServerFault fault) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(probability, fault));
        if (more.stream().mapToDouble(Entry::probability).sum() > 1 + 1e-9) {
            throw new IllegalArgumentException("the probabilities of a fault plan add up to more than 1");
        }
        return new FaultPlan(seed, more);
    }

    /** {@return the seed} */
    public long seed() {
        return seed;
    }

    /** {@return the faults and their probabilities, in the order added} */
    public List<Entry> entries() {
        return entries;
    }

    @Override
    public String toString() {
        return "FaultPlan[seed=" + seed + ", " + entries + "]";
    }
}
