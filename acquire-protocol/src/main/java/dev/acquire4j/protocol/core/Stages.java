package dev.acquire4j.protocol.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;

/** Chains stages so that each failure reaches the next step and the caller unwrapped, as the ports promise. */
final class Stages {
    private Stages() {}

    /**
     * {@return a stage that runs {@code next} with the result or the unwrapped failure of {@code stage},
     * and completes as the stage {@code next} returns does, its failure unwrapped too}
     */
    static <T, R> CompletionStage<R> then(CompletionStage<T> stage, BiFunction<T, Throwable, CompletionStage<R>> next) {
        CompletableFuture<R> out = new CompletableFuture<>();
        stage.whenComplete((value, error) -> {
            CompletionStage<R> following;
            try {
                following = next.apply(value, error == null ? null : unwrap(error));
            } catch (RuntimeException | Error e) {
                out.completeExceptionally(e);
                return;
            }
            following.whenComplete((r, e) -> {
                if (e == null) {
                    out.complete(r);
                } else {
                    out.completeExceptionally(unwrap(e));
                }
            });
        });
        return out;
    }

    /** {@return the failure a stage's wrapper stands for} */
    static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
