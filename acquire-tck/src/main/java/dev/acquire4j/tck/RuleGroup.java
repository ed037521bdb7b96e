package dev.acquire4j.tck;

/**
 * What every rule group needs: the helpers of the running rule. A rule group is an interface whose
 * rules are default JUnit test methods, so that {@link AcquireClientContract} composes the groups
 * instead of inheriting them one from another; it provides {@link #support()}.
 */
public interface RuleGroup {
    /**
     * {@return the helpers of the running rule: its fixture and fake account, sending and looking
     * up in the fixture's style; a new fixture is opened for every rule}
     */
    ContractSupport support();
}
