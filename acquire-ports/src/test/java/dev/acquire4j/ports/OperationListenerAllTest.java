package dev.acquire4j.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationListenerAllTest {
    private static final OperationInfo INFO = new OperationInfo(Operation.SEND_CHAT, "POST /api/v1/chat/add-message", null, null, -1, null, 7);
    private static final AttemptInfo ATTEMPT = new AttemptInfo(Operation.SEND_CHAT, "POST /api/v1/chat/add-message", null, 1, 503, 7);

    /** Records each event it hears, as "name:event". */
    private record Recording(String name, List<String> heard) implements OperationListener {
        @Override
        public void operationStarted(OperationInfo operation) {
            heard.add(name + ":started#" + operation.operationId());
        }

        @Override
        public void attemptStarted(AttemptInfo attempt) {
            heard.add(name + ":attempt");
        }

        @Override
        public void attemptEnded(AttemptInfo attempt, OperationOutcome outcome, Duration duration) {
            heard.add(name + ":attemptEnded:" + outcome);
        }

        @Override
        public void retryScheduled(AttemptInfo failed, Duration delay, SendFailedException cause) {
            heard.add(name + ":retry:" + delay.toMillis());
        }

        @Override
        public void operationFinished(OperationInfo operation, OperationOutcome outcome, Duration totalTime, int attempts) {
            heard.add(name + ":finished:" + attempts);
        }
    }

    @Test
    void handsEveryEventToEachListenerInOrder() {
        List<String> heard = new ArrayList<>();
        OperationListener all = OperationListener.all(new Recording("a", heard), new Recording("b", heard));
        all.operationStarted(INFO);
        all.attemptStarted(ATTEMPT);
        all.attemptEnded(ATTEMPT, OperationOutcome.NOT_SENT, Duration.ZERO);
        all.retryScheduled(ATTEMPT, Duration.ofMillis(250), new ConnectionFailedException("refused", FailureDetails.withoutAnswer(Operation.SEND_CHAT, "POST /api/v1/chat/add-message", 1), null));
        all.operationFinished(INFO, OperationOutcome.SUCCEEDED, Duration.ZERO, 2);
        assertEquals(List.of("a:started#7", "b:started#7", "a:attempt", "b:attempt", "a:attemptEnded:NOT_SENT",
                "b:attemptEnded:NOT_SENT", "a:retry:250", "b:retry:250", "a:finished:2", "b:finished:2"), heard);
    }

    @Test
    void aThrowingListenerDoesNotKeepTheNextFromHearingAndItsFailureIsRethrown() {
        List<String> heard = new ArrayList<>();
        AssertionError broken = new AssertionError("broken");
        OperationListener thrower = new OperationListener() {
            @Override
            public void operationStarted(OperationInfo operation) {
                throw broken;
            }
        };
        OperationListener all = OperationListener.all(thrower, new Recording("b", heard));
        assertSame(broken, assertThrows(AssertionError.class, () -> all.operationStarted(INFO)));
        assertEquals(List.of("b:started#7"), heard);
    }

    @Test
    void oneListenerIsItself() {
        OperationListener only = new Recording("a", new ArrayList<>());
        assertSame(only, OperationListener.all(only));
    }

    @Test
    void refusesNullListeners() {
        assertThrows(NullPointerException.class, () -> OperationListener.all((OperationListener) null, null));
    }
}
