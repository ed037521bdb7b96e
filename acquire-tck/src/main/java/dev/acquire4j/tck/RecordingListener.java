package dev.acquire4j.tck;

import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.OperationInfo;
import dev.acquire4j.ports.OperationListener;
import dev.acquire4j.ports.OperationOutcome;
import dev.acquire4j.ports.SendFailedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records each event as one line, in order; thread-safe. */
final class RecordingListener implements OperationListener {
    private final List<String> list = new ArrayList<>();
    /** The operationStarted events, apart, so that the rules before r10_5 read as they were written. */
    private final List<String> operations = new ArrayList<>();

    @Override
    public synchronized void operationStarted(OperationInfo s) {
        operations.add(s.operation().tag() + " " + s.endpoint() + " case=" + s.caseId()
                + " thread=" + Thread.currentThread().getName());
    }

    @Override
    public synchronized void attemptStarted(AttemptInfo a) {
        list.add("started " + a.operation().tag() + " " + a.endpoint() + " case=" + a.caseId()
                + " attempt=" + a.attempt() + " status=" + a.status());
    }

    @Override
    public synchronized void attemptEnded(AttemptInfo a, OperationOutcome outcome, Duration duration) {
        list.add("ended attempt=" + a.attempt() + " " + outcome + " status=" + a.status());
    }

    @Override
    public synchronized void retryScheduled(AttemptInfo a, Duration delay, SendFailedException cause) {
        list.add("retry attempt=" + a.attempt() + " status=" + a.status() + " delay=" + delay + " "
                + cause.getClass().getSimpleName());
    }

    @Override
    public synchronized void operationFinished(OperationInfo s, OperationOutcome outcome, Duration totalTime, int attempts) {
        list.add("finished " + s.operation().tag() + " " + s.endpoint() + " case=" + s.caseId() + " " + outcome
                + " attempts=" + attempts + " status=" + s.status() + " messageId=" + s.result().orElse("none"));
    }

    synchronized List<String> list() {
        return List.copyOf(list);
    }

    synchronized List<String> operations() {
        return List.copyOf(operations);
    }
}
