package dev.acquire4j.opentelemetry;

import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AsyncAcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.vertx.VertxAcquireClient;
import dev.acquire4j.vertx.VertxAcquireOptions;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The four ways to call a client: JDK blocking and async, Vert.x Future and its blocking view. */
enum CallStyle {
    JDK_BLOCKING(false, false),
    JDK_ASYNC(false, true),
    VERTX_FUTURE(true, true),
    VERTX_BLOCKING(true, false);

    final boolean vertx;
    final boolean async;

    CallStyle(boolean vertx, boolean async) {
        this.vertx = vertx;
        this.async = async;
    }

    /** A client of one style; {@link #call} starts an operation on the caller's thread and waits for it. */
    interface Caller extends AutoCloseable {
        /**
         * Runs an operation; for async styles, {@code onComplete} runs where the stage or future completes,
         * before this returns.
         */
        <T> T call(Function<AsyncAcquireClient, CompletionStage<T>> async, Function<AcquireClient, T> blocking,
                BiConsumer<T, Throwable> onComplete, Runnable afterStart);

        @Override
        void close();
    }

    Caller open(ClientSettings settings) {
        if (!vertx) {
            AcquireClient client = JdkAcquireClient.builder().settings(settings).build();
            return new Caller() {
                @Override
                public <T> T call(Function<AsyncAcquireClient, CompletionStage<T>> op, Function<AcquireClient, T> blocking,
                        BiConsumer<T, Throwable> onComplete, Runnable afterStart) {
                    if (!async) {
                        return blocking.apply(client);
                    }
                    CompletionStage<T> stage = op.apply(client.async()).whenComplete(onComplete);
                    afterStart.run();
                    return stage.toCompletableFuture().join();
                }

                @Override
                public void close() {
                    client.close();
                }
            };
        }
        Vertx vx = Vertx.vertx();
        VertxAcquireClient client = VertxAcquireClient.create(vx, VertxAcquireOptions.of(settings));
        return new Caller() {
            @Override
            public <T> T call(Function<AsyncAcquireClient, CompletionStage<T>> op, Function<AcquireClient, T> blocking,
                    BiConsumer<T, Throwable> onComplete, Runnable afterStart) {
                if (!async) {
                    return blocking.apply(client.asAcquireClient());
                }
                CompletionStage<T> done = client.future(op::apply)
                        .onComplete(onComplete::accept)
                        .toCompletionStage();
                afterStart.run();
                return done.toCompletableFuture().join();
            }

            @Override
            public void close() {
                client.close();
                vx.close().toCompletionStage().toCompletableFuture().join();
            }
        };
    }
}
