package dev.acquire4j.protocol.spi;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds the callers blocked in a transport's blocking call when that call waits without a limit
 * of its own (java.net.http's {@code HttpClient.send}: if the client's selector thread ends, the
 * request timeout it kept never fires). Each wait is interrupted when its limit passes, on the JDK's
 * delay thread, or when the client closes; the interrupt is ours, so it is cleared again and the
 * caller gets a typed failure, never a hang. Thread-safe.
 */
public final class BlockingWaits {
    /** Creates the waits of one client. */
    public BlockingWaits() {}

    private final Set<Wait> waiting = ConcurrentHashMap.newKeySet();

    /**
     * Registers the calling thread's wait.
     *
     * @param limitNanos when to interrupt it, from now
     * @return the wait, to {@link Wait#leave()} when the call returns
     */
    public Wait enter(long limitNanos) {
        Wait w = new Wait(Thread.currentThread());
        waiting.add(w);
        // A timer that leave() cancels, so that no task stays queued on the JDK's delay thread after the call.
        w.timer.orTimeout(limitNanos, TimeUnit.NANOSECONDS).whenComplete((v, late) -> {
            if (late instanceof TimeoutException) {
                w.interrupt(new TimeoutException("no complete answer within " + TimeUnit.NANOSECONDS.toMillis(limitNanos) + " ms"));
            }
        });
        return w;
    }

    /** Interrupts every wait: the client is closing. */
    public void closeAll() {
        for (Wait w : waiting) {
            w.interrupt(new CancellationException("the client was closed while the send waited for its answer"));
        }
    }

    /** One caller's wait. */
    public final class Wait {
        private final Thread thread;
        private final CompletableFuture<Void> timer = new CompletableFuture<>();
        private boolean done;
        private Exception reason;

        private Wait(Thread thread) {
            this.thread = thread;
        }

        private synchronized void interrupt(Exception why) {
            if (!done && reason == null) {
                reason = why;
                thread.interrupt();
            }
        }

        /**
         * Ends the wait; after it, no interrupt of ours can come. Clears an interrupt of ours.
         *
         * @return why we interrupted the caller, or {@code null} if we did not
         */
        public synchronized Exception leave() {
            done = true;
            timer.complete(null);
            waiting.remove(this);
            if (reason != null) {
                Thread.interrupted();
            }
            return reason;
        }
    }
}
