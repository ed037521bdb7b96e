package dev.acquire4j.testkit.internal.memory;

import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.testkit.internal.Keys;
import dev.acquire4j.testkit.internal.Refusal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * How every in-memory operation but a send runs, as the HTTP adapters would: refused on a closed
 * client, then the key checked, then the account's rules, a refusal becoming the exception an
 * adapter raises for that answer. Thread-safe.
 */
public final class MemoryCalls {
    private final Keys keys;
    private final ApiKey key;
    private final BooleanSupplier closed;

    /**
     * Creates the runner of one in-memory client.
     *
     * @param keys the account's keys
     * @param key the key the client presents
     * @param closed tells whether the client is closed
     */
    public MemoryCalls(Keys keys, ApiKey key, BooleanSupplier closed) {
        this.keys = keys;
        this.key = key;
        this.closed = closed;
    }

    /**
     * {@return what the action returns}
     *
     * @param <T> the result
     * @param operation the operation, named by a failure
     * @param endpoint the endpoint template, named by a failure
     * @param action the account's rules and change
     * @throws dev.acquire4j.ports.SendFailedException the adapters' exception for a closed client,
     *     a wrong key or a refusal
     */
    public <T> T call(Operation operation, String endpoint, Supplier<T> action) {
        if (closed.getAsBoolean()) {
            throw Failures.closed(operation, endpoint);
        }
        try {
            keys.authorize(key.reveal());
            return action.get();
        } catch (Refusal r) {
            throw Failures.forRefusal(operation, endpoint, r);
        }
    }

    /**
     * {@return a stage already complete with what the action returns, or failed with the exception
     * itself (never a {@code CompletionException}), as the ports promise}
     *
     * @param <T> the result
     * @param action the call
     */
    public static <T> CompletionStage<T> completed(Supplier<T> action) {
        try {
            return CompletableFuture.completedFuture(action.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
