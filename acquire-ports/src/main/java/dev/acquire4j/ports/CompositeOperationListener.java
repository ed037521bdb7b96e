package dev.acquire4j.ports;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** The listener of {@link OperationListener#all}: each event to every listener, failures rethrown after. Thread-safe. */
final class CompositeOperationListener implements OperationListener {
    private final List<OperationListener> listeners;

    CompositeOperationListener(List<OperationListener> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void operationStarted(OperationInfo operation) {
        each(l -> l.operationStarted(operation));
    }

    @Override
    public void attemptStarted(AttemptInfo attempt) {
        each(l -> l.attemptStarted(attempt));
    }

    @Override
    public void attemptEnded(AttemptInfo attempt, OperationOutcome outcome, Duration duration) {
        each(l -> l.attemptEnded(attempt, outcome, duration));
    }

    @Override
    public void retryScheduled(AttemptInfo failed, Duration delay, SendFailedException cause) {
        each(l -> l.retryScheduled(failed, delay, cause));
    }

    @Override
    public void operationFinished(OperationInfo operation, OperationOutcome outcome, Duration totalTime, int attempts) {
        each(l -> l.operationFinished(operation, outcome, totalTime, attempts));
    }

    private void each(Consumer<OperationListener> event) {
        Throwable first = null;
        for (OperationListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (RuntimeException | Error e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first != null) {
            throw (Error) first;
        }
    }

    @Override
    public String toString() {
        return "OperationListener.all" + listeners;
    }
}
