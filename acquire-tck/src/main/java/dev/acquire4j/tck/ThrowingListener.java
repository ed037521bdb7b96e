package dev.acquire4j.tck;

import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.OperationInfo;
import dev.acquire4j.ports.OperationListener;
import dev.acquire4j.ports.OperationOutcome;
import dev.acquire4j.ports.SendFailedException;
import java.time.Duration;
import java.util.function.Function;

/** A listener broken in every method, throwing what its factory makes of the method's name. */
final class ThrowingListener implements OperationListener {
    private final Function<String, ? extends Throwable> failure;

    /** A listener throwing {@code IllegalStateException}s, as a buggy listener would. */
    ThrowingListener() {
        this(IllegalStateException::new);
    }

    /**
     * A listener throwing what {@code failure} makes, e.g. {@code AssertionError}s as a test's listener would.
     *
     * @param failure makes the throwable from a message naming the method
     */
    ThrowingListener(Function<String, ? extends Throwable> failure) {
        this.failure = failure;
    }

    @Override
    public void operationStarted(OperationInfo s) {
        fail("operationStarted");
    }

    @Override
    public void attemptStarted(AttemptInfo a) {
        fail("attemptStarted");
    }

    @Override
    public void attemptEnded(AttemptInfo a, OperationOutcome outcome, Duration duration) {
        fail("attemptEnded");
    }

    @Override
    public void retryScheduled(AttemptInfo a, Duration delay, SendFailedException cause) {
        fail("retryScheduled");
    }

    @Override
    public void operationFinished(OperationInfo s, OperationOutcome outcome, Duration totalTime, int attempts) {
        fail("operationFinished");
    }

    private void fail(String method) {
        Throwable t = failure.apply("listener bug: " + method);
        if (t instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) t;
    }
}
