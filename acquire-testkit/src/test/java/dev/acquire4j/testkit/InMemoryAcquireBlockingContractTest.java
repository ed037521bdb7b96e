package dev.acquire4j.testkit;

import dev.acquire4j.testkit.contract.AcquireClientContract;
import dev.acquire4j.testkit.contract.ContractFixture;
import dev.acquire4j.testkit.contract.SendStyle;

/** The in-memory client passes the adapters' contract through its blocking senders: that is how we know it is faithful. */
class InMemoryAcquireBlockingContractTest extends AcquireClientContract {
    @Override
    protected ContractFixture fixture() {
        return ContractFixture.inMemory(SendStyle.BLOCKING);
    }
}
