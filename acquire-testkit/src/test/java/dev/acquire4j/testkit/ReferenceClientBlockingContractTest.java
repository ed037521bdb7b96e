package dev.acquire4j.testkit;

import dev.acquire4j.testkit.contract.AcquireClientContract;
import dev.acquire4j.testkit.contract.ContractFixture;
import dev.acquire4j.testkit.contract.SendStyle;

/** Runs the whole contract over the fake server, blocking, with a test-only HTTP client: the over-the-wire fixture works end to end. */
class ReferenceClientBlockingContractTest extends AcquireClientContract {
    @Override
    protected ContractFixture fixture() {
        return ContractFixture.overFakeServer(ReferenceHttpClient::new, SendStyle.BLOCKING);
    }
}
