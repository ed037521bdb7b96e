package dev.acquire4j.protocol;

import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.OperationInfo;
import dev.acquire4j.ports.OperationOutcome;
import dev.acquire4j.ports.RateLimitedException;
import dev.acquire4j.ports.SendFailedException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The events of one operation, as {@link SendLoop} reports them: timed here, logged through
 * {@link SendLogLines}, and passed to the listener. Its attempts run one after another, so a
 * trace is used by one thread at a time (async attempts hand over through their stages).
 */
final class SendTrace {
    /** A trace that reports nothing: for operations run without a call to describe. */
    static final SendTrace SILENT = new SendTrace();
    /** Numbers operations for {@link OperationInfo#operationId()}: unique within the JVM, from 1. */
    private static final AtomicLong NEXT_ID = new AtomicLong();

    private final SendObserver observer;
    private final Call<?> call;
    private final LongSupplier clock;
    private final long start;
    private final long id;
    private long attemptStart;

    SendTrace(SendObserver observer, Call<?> call, LongSupplier clock) {
        this.observer = observer;
        this.call = call;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.id = NEXT_ID.incrementAndGet();
        OperationInfo info = info(-1, null);
        observer.tell(l -> l.operationStarted(info));
    }

    private SendTrace() {
        this.observer = null;
        this.call = null;
        this.clock = null;
        this.start = 0;
        this.id = 0;
    }

    void attemptStarted(int n) {
        if (observer == null) {
            return;
        }
        attemptStart = clock.getAsLong();
        AttemptInfo info = attempt(n, -1);
        observer.tell(l -> l.attemptStarted(info));
    }

    /** An attempt ended: with {@code error == null} it succeeded. */
    void attemptEnded(int n, Throwable error) {
        if (observer == null) {
            return;
        }
        Duration took = since(attemptStart);
        AttemptInfo info = attempt(n, status(error));
        OperationOutcome outcome = outcome(error);
        observer.tell(l -> l.attemptEnded(info, outcome, took));
    }

    void retryScheduled(int n, Duration delay, SendFailedException failure) {
        if (observer == null) {
            return;
        }
        // Being throttled is worth a warning: the caller may be going too fast.
        Level level = failure instanceof RateLimitedException ? Level.WARNING : Level.INFO;
        System.Logger log = observer.log();
        if (log.isLoggable(level)) {
            log.log(level, SendLogLines.retry(call, n, delay, failure));
        }
        AttemptInfo info = attempt(n, status(failure));
        observer.tell(l -> l.retryScheduled(info, delay, failure));
    }

    /** The operation ended, with its result or with the error the caller gets. */
    void finished(Object result, Throwable error, int attempts) {
        if (observer == null) {
            return;
        }
        Duration took = since(start);
        OperationOutcome outcome = outcome(error);
        String resultId = resultId(result);
        Level level = error instanceof RateLimitedException ? Level.WARNING : Level.DEBUG;
        System.Logger log = observer.log();
        if (log.isLoggable(level)) {
            log.log(level, SendLogLines.finished(call, outcome, resultId, error, attempts, took, observer.personalData()));
        }
        OperationInfo info = info(status(error), resultId);
        observer.tell(l -> l.operationFinished(info, outcome, took, attempts));
    }

    private OperationInfo info(int status, String resultId) {
        return new OperationInfo(call.operation(), call.request().endpoint(), call.caseId(), call.contactId(),
                status, resultId, id);
    }

    private AttemptInfo attempt(int n, int status) {
        return new AttemptInfo(call.operation(), call.request().endpoint(), call.caseId(), n, status, id);
    }

    private Duration since(long from) {
        return Duration.ofNanos(Math.max(0, clock.getAsLong() - from));
    }

    /** {@return the id of what an operation produced: the stored message or the case; none for a list} */
    private static String resultId(Object result) {
        if (result instanceof SentMessage sent) {
            return sent.id().toString();
        }
        return result instanceof SupportCase found ? found.id().toString() : null;
    }

    private static int status(Throwable error) {
        return error instanceof SendFailedException failure ? failure.status().orElse(-1) : -1;
    }

    /** Anything but our own failure types is a bug whose effect is unknown, so it counts as such. */
    private static OperationOutcome outcome(Throwable error) {
        if (error == null) {
            return OperationOutcome.SUCCEEDED;
        }
        return error instanceof SendFailedException failure ? OperationOutcome.of(failure) : OperationOutcome.OUTCOME_UNKNOWN;
    }
}
