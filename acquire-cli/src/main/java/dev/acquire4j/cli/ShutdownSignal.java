package dev.acquire4j.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ends a foreground command on Ctrl-C or SIGTERM. A JVM shutdown hook gives the stop, then waits
 * (a few seconds at most) until the command has printed its last lines and closed this signal.
 * Interrupting the waiting thread ends the wait too, which is how tests stop a command in-process.
 * One waiting thread.
 */
final class ShutdownSignal implements AutoCloseable {
    private static final long POLL_MILLIS = 200;
    private static final long LAST_WORDS_SECONDS = 5;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "acquire-shutdown");

    private ShutdownSignal() {}

    /** {@return a signal given when the process is asked to exit; {@link #close()} withdraws the hook} */
    static ShutdownSignal onProcessExit() {
        ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /**
     * Runs the action now and then every {@value #POLL_MILLIS} ms until the stop.
     *
     * @param action what to do meanwhile, e.g. print what happened since the last run
     * @return {@code true} when stopped by the process exit, {@code false} when the thread was
     *     interrupted (its interrupt flag is set again)
     */
    boolean awaitWhile(Runnable action) {
        try {
            do {
                action.run();
            } while (!stop.await(POLL_MILLIS, TimeUnit.MILLISECONDS));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The command is done: the hook, if running, lets the JVM exit; otherwise it is withdrawn. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: nothing to withdraw.
        }
    }

    private void stopAndWait() {
        stop.countDown();
        try {
            finished.await(LAST_WORDS_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
