package dev.acquire4j.benchmarks;

import java.util.List;
import java.util.function.Consumer;

/**
 * One way of making a chat send, as the load driver sees it: either blocking or async, with the
 * concurrencies it is measured at and the hand-written twin its ratios are taken against.
 *
 * @param key a short name for the table, e.g. {@code (b) JDK adapter, blocking}
 * @param twin the key of the hand-written twin, or {@code null} for a twin itself
 * @param concurrencies sends in flight to measure at
 * @param blocking makes one send on the calling thread, or {@code null} for an async contender
 * @param async starts one send and calls back with {@code null} or the failure, or {@code null}
 */
record Contender(String key, String twin, List<Integer> concurrencies, BlockingSend blocking, AsyncSend async) {

    /** One blocking send; throws on failure. */
    @FunctionalInterface
    interface BlockingSend {
        void send() throws Exception;
    }

    /** Starts one send; {@code done} gets {@code null} on success, else the failure. */
    @FunctionalInterface
    interface AsyncSend {
        void send(Consumer<Throwable> done);
    }

    static Contender blocking(String key, String twin, BlockingSend send, Integer... concurrencies) {
        return new Contender(key, twin, List.of(concurrencies), send, null);
    }

    static Contender async(String key, String twin, AsyncSend send, Integer... concurrencies) {
        return new Contender(key, twin, List.of(concurrencies), null, send);
    }
}
