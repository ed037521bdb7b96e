package dev.acquire4j.tck;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole contract: every rule group, run in rule order (r1 delivery, r2 sender and translation,
 * r3 wire, r4 refusals, r5 failures, r6 concurrency and lifecycle, r7 retries and faults, r8 case
 * lookups, r9 checked sends, r10 observation, r11 hostile servers, r12 case lifecycle, r13 stored
 * messages, r14 case queries and paging, r15 confirmation of unknown outcomes, r16 HTTPS, r17
 * proxies). Extend it and implement {@link #fixture()}; see the
 * package documentation for an example.
 *
 * <p>JUnit makes one instance per rule; each rule gets a new fixture, opened before it and closed
 * after it. Not thread-safe beyond what the concurrency rules do with their own clients.
 */
@TestMethodOrder(RuleOrder.class)
public abstract class AcquireClientContract implements DeliveryRules, SenderRules, WireRules, RefusalRules,
        FailureRules, ConcurrencyRules, RetryFaultRules, DeliveryFaultRules, LookupRules, CheckedSendRules,
        ObservationRules, HostileServerRules, LifecycleRules, StoredMessageRules, CaseQueryRules,
        ConfirmationRules, HttpsRules, ProxyRules {
    private final ContractSupport support = new ContractSupport();

    /** Creates the contract; subclasses provide {@link #fixture()}. */
    protected AcquireClientContract() {}

    /**
     * {@return a new, unopened fixture for one rule: the one method a transport's test implements}
     */
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
