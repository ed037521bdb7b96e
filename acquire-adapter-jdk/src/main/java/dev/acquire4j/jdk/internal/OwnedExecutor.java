package dev.acquire4j.jdk.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor a client owns when the caller gives none: a cached pool of daemon threads, named so
 * they are recognisable in a thread dump.
 *
 * <p>An explicit executor matters: on a 2-CPU machine the common pool has parallelism 1, and JDK
 * 17's {@code CompletableFuture} then starts a new thread for every executor-less async stage.
 */
public final class OwnedExecutor {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private OwnedExecutor() {}

    /**
     * {@return a new cached pool of daemon threads named {@code acquire4j-jdk-<pool>-<role>-<n>}}
     *
     * @param role what the threads do, for the thread names
     */
    public static ExecutorService create(String role) {
        int client = CLIENTS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "acquire4j-jdk-" + client + "-" + role + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newCachedThreadPool(factory);
    }
}
