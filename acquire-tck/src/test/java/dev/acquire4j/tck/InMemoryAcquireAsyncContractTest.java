package dev.acquire4j.tck;

/** The in-memory client passes the adapters' contract through its async senders: that is how we know it is faithful. */
class InMemoryAcquireAsyncContractTest extends AcquireClientContract {
    @Override
    protected ContractFixture fixture() {
        return ContractFixture.inMemory(SendStyle.ASYNC);
    }
}
