package dev.acquire4j.protocol;

import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.RateLimitedException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.SendInfo;
import dev.acquire4j.ports.SendOutcome;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The events of one send, as {@link SendLoop} reports them: timed here, logged through
 * {@link SendLogLines}, and passed to the listener. Its attempts run one after another, so a
 * trace is used by one thread at a time (async attempts hand over through their stages).
 */
final class SendTrace {
    /** A trace that reports nothing: for sends run without a message to describe. */
    static final SendTrace SILENT = new SendTrace();

    private final SendObserver observer;
    private final OutboundMessage message;
    private final WireRequest wire;
    private final LongSupplier clock;
    private final long sendStart;
    private long attemptStart;

    SendTrace(SendObserver observer, OutboundMessage message, WireRequest wire, LongSupplier clock) {
        this.observer = observer;
        this.message = message;
        this.wire = wire;
        this.clock = clock;
        this.sendStart = clock.getAsLong();
    }

    private SendTrace() {
        this.observer = null;
        this.message = null;
        this.wire = null;
        this.clock = null;
        this.sendStart = 0;
    }

    void attemptStarted(int n) {
        if (observer == null) {
            return;
        }
        attemptStart = clock.getAsLong();
        AttemptInfo info = info(n, -1);
        observer.tell(l -> l.attemptStarted(info));
    }

    /** An attempt ended: with {@code error == null} it stored the message. */
    void attemptEnded(int n, Throwable error) {
        if (observer == null) {
            return;
        }
        Duration took = since(attemptStart);
        AttemptInfo info = info(n, status(error));
        SendOutcome outcome = outcome(error);
        observer.tell(l -> l.attemptEnded(info, outcome, took));
    }

    void retryScheduled(int n, Duration delay, SendFailedException failure) {
        if (observer == null) {
            return;
        }
        // Being throttled is worth a warning: the caller may be sending too fast.
        Level level = failure instanceof RateLimitedException ? Level.WARNING : Level.INFO;
        System.Logger log = observer.log();
        if (log.isLoggable(level)) {
            log.log(level, SendLogLines.retry(message, wire, n, delay, failure));
        }
        AttemptInfo info = info(n, status(failure));
        observer.tell(l -> l.retryScheduled(info, delay, failure));
    }

    /** The send ended, with the stored message or with the error the caller gets. */
    void finished(SentMessage sent, Throwable error, int attempts) {
        if (observer == null) {
            return;
        }
        Duration took = since(sendStart);
        SendOutcome outcome = outcome(error);
        Level level = error instanceof RateLimitedException ? Level.WARNING : Level.DEBUG;
        System.Logger log = observer.log();
        if (log.isLoggable(level)) {
            log.log(level, SendLogLines.finished(message, wire, outcome, sent, error, attempts, took,
                    observer.personalData()));
        }
        SendInfo info = new SendInfo(wire.channel(), wire.endpoint(), message.caseId(), message.contactId(),
                status(error), sent == null ? null : sent.id());
        observer.tell(l -> l.sendFinished(info, outcome, took, attempts));
    }

    private AttemptInfo info(int n, int status) {
        return new AttemptInfo(wire.channel(), wire.endpoint(), message.caseId(), n, status);
    }

    private Duration since(long start) {
        return Duration.ofNanos(Math.max(0, clock.getAsLong() - start));
    }

    private static int status(Throwable error) {
        return error instanceof SendFailedException ? ((SendFailedException) error).status().orElse(-1) : -1;
    }

    /** Anything but our own failure types is a bug whose effect is unknown, so it counts as such. */
    private static SendOutcome outcome(Throwable error) {
        if (error == null) {
            return SendOutcome.SENT;
        }
        return error instanceof SendFailedException ? SendOutcome.of((SendFailedException) error) : SendOutcome.OUTCOME_UNKNOWN;
    }
}
