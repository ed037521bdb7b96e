package dev.acquire4j.tck;

/** The in-memory client passes the adapters' contract through its blocking senders: that is how we know it is faithful. */
class InMemoryAcquireBlockingContractTest extends AcquireClientContract {
    @Override
    protected ContractFixture fixture() {
        return ContractFixture.inMemory(SendStyle.BLOCKING);
    }
}
