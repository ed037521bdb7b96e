package dev.acquire4j.testkit.internal.http;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The fake server's thread pools: cached, of daemon threads named so a thread dump shows whose they are. */
public final class DaemonThreads {
    private DaemonThreads() {}

    /**
     * {@return a cached pool of daemon threads named {@code <prefix><n>}}
     *
     * @param prefix e.g. {@code fake-acquire-server-}
     */
    public static ExecutorService cachedPool(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(runnable -> {
            Thread t = new Thread(runnable, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
