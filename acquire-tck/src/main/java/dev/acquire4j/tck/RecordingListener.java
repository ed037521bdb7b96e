package dev.acquire4j.tck;

import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.SendInfo;
import dev.acquire4j.ports.SendListener;
import dev.acquire4j.ports.SendOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records each event as one line, in order; thread-safe. */
final class RecordingListener implements SendListener {
    private final List<String> list = new ArrayList<>();

    @Override
    public synchronized void attemptStarted(AttemptInfo a) {
        list.add("started " + a.channel().wireName() + " " + a.endpoint() + " case=" + a.caseId()
                + " attempt=" + a.attempt() + " status=" + a.status());
    }

    @Override
    public synchronized void attemptEnded(AttemptInfo a, SendOutcome outcome, Duration duration) {
        list.add("ended attempt=" + a.attempt() + " " + outcome + " status=" + a.status());
    }

    @Override
    public synchronized void retryScheduled(AttemptInfo a, Duration delay, SendFailedException cause) {
        list.add("retry attempt=" + a.attempt() + " status=" + a.status() + " delay=" + delay + " "
                + cause.getClass().getSimpleName());
    }

    @Override
    public synchronized void sendFinished(SendInfo s, SendOutcome outcome, Duration totalTime, int attempts) {
        list.add("finished " + s.channel().wireName() + " " + s.endpoint() + " case=" + s.caseId() + " " + outcome
                + " attempts=" + attempts + " status=" + s.status() + " messageId="
                + s.sentMessageId().map(Object::toString).orElse("none"));
    }

    synchronized List<String> list() {
        return List.copyOf(list);
    }
}
