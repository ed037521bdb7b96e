package dev.acquire4j.tck;

/**
 * The whole contract: every rule group (r1 delivery, r2 sender and translation, r3 wire, r4
 * refusals, r5 failures, r7 retries and faults, r6 concurrency and lifecycle, r8 case lookups,
 * r9 checked sends, r10 observation). Extend it and implement
 * {@link #fixture()}; see the package documentation for an example.
 */
public abstract class AcquireClientContract extends ObservationRules {
    /** Creates the contract; subclasses provide {@link #fixture()}. */
    protected AcquireClientContract() {}
}
