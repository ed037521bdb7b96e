package dev.acquire4j.testkit;

import dev.acquire4j.testkit.contract.AcquireClientContract;
import dev.acquire4j.testkit.contract.ContractFixture;
import dev.acquire4j.testkit.contract.SendStyle;

/** The in-memory client passes the adapters' contract through its async senders: that is how we know it is faithful. */
class InMemoryAcquireAsyncContractTest extends AcquireClientContract {
    @Override
    protected ContractFixture fixture() {
        return ContractFixture.inMemory(SendStyle.ASYNC);
    }
}
