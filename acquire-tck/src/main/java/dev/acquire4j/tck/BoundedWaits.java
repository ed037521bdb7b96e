package dev.acquire4j.tck;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import dev.acquire4j.ports.SendFailedException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Waits a test can make without ever hanging, for the contract's rules and a transport's own tests
 * alike: for the end of a send (its result, or its typed failure) and for a condition another thread
 * settles. Each wait is bounded and fails the test beyond its bound, calling the send hung; none
 * sleeps to synchronise (a condition is polled every few milliseconds). Stateless and thread-safe.
 *
 * <pre>{@code
 * CompletableFuture<SentMessage> send = client.async().chat().send(message).toCompletableFuture();
 * MalformedResponseException e = assertInstanceOf(MalformedResponseException.class,
 *         BoundedWaits.failure(send, Duration.ofSeconds(10)));
 * BoundedWaits.until("the connection is closed", Duration.ofSeconds(10), () -> server.openConnections() == 0);
 * }</pre>
 */
public final class BoundedWaits {
    private static final long POLL_MILLIS = 5;

    private BoundedWaits() {}

    /**
     * {@return how a send ended: empty if it returned, else its failure, which must be a
     * {@link SendFailedException}} Fails the test if the send does not end within the bound, or
     * fails with another type.
     *
     * @param send the send's future (a {@code CompletionException} around the failure is unwrapped)
     * @param within the longest the send may still take
     */
    public static Optional<SendFailedException> ending(CompletableFuture<?> send, Duration within) {
        try {
            send.get(within.toNanos(), TimeUnit.NANOSECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException && e.getCause().getCause() != null
                    ? e.getCause().getCause() : e.getCause();
            return Optional.of(assertInstanceOf(SendFailedException.class, cause, "a typed failure, not " + cause));
        } catch (TimeoutException e) {
            return fail("the send did not end within " + within.toMillis() + " ms: hung");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for a send", e);
        }
    }

    /**
     * {@return the send's result} Fails the test if the send fails or does not end within the bound.
     *
     * @param <T> the result type
     * @param send the send's future
     * @param within the longest the send may still take
     */
    public static <T> T result(CompletableFuture<T> send, Duration within) {
        Optional<SendFailedException> failure = ending(send, within);
        if (failure.isPresent()) {
            return fail("the send failed: " + failure.get(), failure.get());
        }
        return send.join();
    }

    /**
     * {@return the send's typed failure} Fails the test if the send returns, fails with another type,
     * or does not end within the bound.
     *
     * @param send the send's future
     * @param within the longest the send may still take
     */
    public static SendFailedException failure(CompletableFuture<?> send, Duration within) {
        return ending(send, within).orElseGet(() -> fail("the send should have failed, but returned " + send.join()));
    }

    /**
     * Waits until the condition holds, polling it every few milliseconds; fails the test if it does
     * not hold within the bound.
     *
     * @param what the condition, for the failure message
     * @param within the longest to wait
     * @param condition the condition, evaluated on the calling thread
     */
    public static void until(String what, Duration within, BooleanSupplier condition) {
        long end = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                fail("not within " + within.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + what, e);
            }
        }
    }
}
