package dev.acquire4j.tck;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The case-lifecycle and stored-message rules alone (r12, r13), for a call style that reaches only
 * those operations in its own way, such as the Vert.x client's {@code future(a -> ...)}. A full
 * transport extends {@link AcquireClientContract}, which holds these rules too.
 *
 * <p>JUnit makes one instance per rule; each rule gets a new fixture, opened before it and closed
 * after it. Not thread-safe.
 */
@TestMethodOrder(RuleOrder.class)
public abstract class CaseOperationsContract implements LifecycleRules, StoredMessageRules {
    private final ContractSupport support = new ContractSupport();

    /** Creates the contract; subclasses provide {@link #fixture()}. */
    protected CaseOperationsContract() {}

    /** {@return a new, unopened fixture for one rule} */
    protected abstract ContractFixture fixture();

    /** Opens a fresh fixture before each rule. */
    @BeforeEach
    public final void openFixture() {
        support.begin(fixture());
    }

    /** Closes the rule's fixture and every client it made. */
    @AfterEach
    public final void closeFixture() {
        support.end();
    }

    @Override
    public final ContractSupport support() {
        return support;
    }
}
