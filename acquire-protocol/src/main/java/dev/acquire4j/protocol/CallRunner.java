package dev.acquire4j.protocol;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * What a transport offers the shared port implementations: running one {@link Call}, all its
 * attempts included, blocking or not. Implementations are thread-safe.
 */
public interface CallRunner {
    /**
     * Runs a call on the calling thread.
     *
     * @param <T> the result type
     * @param call the call
     * @param deadline the longest it may take, every attempt and wait included
     * @return the answer, read
     * @throws dev.acquire4j.ports.SendFailedException if the call failed
     */
    <T> T run(Call<T> call, Duration deadline);

    /**
     * Starts a call without blocking.
     *
     * @param <T> the result type
     * @param call the call
     * @param deadline the longest it may take, every attempt and wait included
     * @return a stage that completes with the answer, or fails with a
     *     {@link dev.acquire4j.ports.SendFailedException} itself, never wrapped
     */
    <T> CompletionStage<T> runAsync(Call<T> call, Duration deadline);
}
