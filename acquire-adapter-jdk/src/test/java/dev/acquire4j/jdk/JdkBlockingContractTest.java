package dev.acquire4j.jdk;

import dev.acquire4j.tck.AcquireClientContract;
import dev.acquire4j.tck.ContractFixture;
import dev.acquire4j.tck.SendStyle;

/** The JDK adapter's blocking senders pass every rule of the TCK's contract suite. */
// tag::tck[]
class JdkBlockingContractTest extends AcquireClientContract {
    @Override
    protected ContractFixture fixture() {
        return ContractFixture.overFakeServer(
                settings -> JdkAcquireClient.builder().settings(settings).build(), SendStyle.BLOCKING);
    }
}
// end::tck[]
