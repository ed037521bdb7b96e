package dev.acquire4j.tck;

import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.SendInfo;
import dev.acquire4j.ports.SendListener;
import dev.acquire4j.ports.SendOutcome;
import java.time.Duration;

/** A listener broken in every method. */
final class ThrowingListener implements SendListener {
    @Override
    public void attemptStarted(AttemptInfo a) {
        throw new IllegalStateException("listener bug: attemptStarted");
    }

    @Override
    public void attemptEnded(AttemptInfo a, SendOutcome outcome, Duration duration) {
        throw new IllegalStateException("listener bug: attemptEnded");
    }

    @Override
    public void retryScheduled(AttemptInfo a, Duration delay, SendFailedException cause) {
        throw new IllegalStateException("listener bug: retryScheduled");
    }

    @Override
    public void sendFinished(SendInfo s, SendOutcome outcome, Duration totalTime, int attempts) {
        throw new IllegalStateException("listener bug: sendFinished");
    }
}
