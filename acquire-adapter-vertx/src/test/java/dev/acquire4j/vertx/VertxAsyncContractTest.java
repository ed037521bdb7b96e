package dev.acquire4j.vertx;

import dev.acquire4j.tck.AcquireClientContract;
import dev.acquire4j.tck.ContractFixture;
import dev.acquire4j.tck.SendStyle;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;

/**
 * The Vert.x adapter's {@code CompletionStage} senders pass every rule of the TCK's contract
 * suite, with every client on one shared Vert.x instance, as in a Vert.x application.
 */
class VertxAsyncContractTest extends AcquireClientContract {
    private static final Vertx VERTX = Vertx.vertx();

    @AfterAll
    static void closeVertx() throws Exception {
        VERTX.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Override
    protected ContractFixture fixture() {
        return ContractFixture.overFakeServer(
                settings -> VertxAcquireClient.create(VERTX, VertxAcquireOptions.of(settings)).asAcquireClient(),
                SendStyle.ASYNC);
    }
}
