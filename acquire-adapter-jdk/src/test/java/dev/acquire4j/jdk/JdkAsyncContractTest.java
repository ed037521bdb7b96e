package dev.acquire4j.jdk;

import dev.acquire4j.tck.AcquireClientContract;
import dev.acquire4j.tck.ContractFixture;
import dev.acquire4j.tck.SendStyle;

/** The JDK adapter's async senders pass every rule of the TCK's contract suite. */
class JdkAsyncContractTest extends AcquireClientContract {
    @Override
    protected ContractFixture fixture() {
        return ContractFixture.overFakeServer(
                settings -> JdkAcquireClient.builder().settings(settings).build(), SendStyle.ASYNC);
    }
}
