package dev.acquire4j.vertx;

import dev.acquire4j.tck.AcquireClientContract;
import dev.acquire4j.tck.ContractFixture;
import dev.acquire4j.tck.SendStyle;

/**
 * The Vert.x adapter's blocking view passes every rule of the TCK's contract suite. Blocking
 * callers live outside Vert.x, so each client is a standalone one with a Vert.x of its own, which
 * closing the client stops.
 */
class VertxBlockingContractTest extends AcquireClientContract {
    @Override
    protected ContractFixture fixture() {
        return ContractFixture.overFakeServer(
                settings -> VertxAcquireClient.createStandalone(VertxAcquireOptions.of(settings)).asAcquireClient(),
                SendStyle.BLOCKING);
    }
}
