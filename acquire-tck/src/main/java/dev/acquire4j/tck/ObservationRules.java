package dev.acquire4j.tck;

import static dev.acquire4j.tck.FaultSupport.fastRetries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.SendInfo;
import dev.acquire4j.ports.SendListener;
import dev.acquire4j.ports.SendOutcome;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.testkit.ServerFault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules r10: a {@link SendListener} set in the settings hears every send in order, with the right
 * attempt numbers, statuses and outcomes, and one that throws never changes a send. Each event is
 * heard before the send returns or its stage completes, so the rules need not wait for it.
 */
public abstract class ObservationRules extends CheckedSendRules {
    private static final String CHAT_ENDPOINT = "POST /api/v1/crm/messenger/chat/add-message";

    /** Creates the rule group; subclasses provide {@link #fixture()}. */
    protected ObservationRules() {}

    /** Tests that a send stored at once is heard as: attempt 1 started, ended SENT, send finished SENT after 1 attempt. */
    @Test
    public void r10_1_listenerHearsASuccessfulSend() {
        assume(Capability.LISTENER, "the in-memory client has no send loop to report");
        SupportCase c = state().openCase(Channel.CHAT);
        Events events = new Events();
        AcquireClient client = current().client(s -> s.listener(events));
        SentMessage sent = send(client, chat(c, "heard"));
        assertEquals(List.of(
                "started chat " + CHAT_ENDPOINT + " case=" + c.id() + " attempt=1 status=-1",
                "ended attempt=1 SENT status=-1",
                "finished chat " + CHAT_ENDPOINT + " case=" + c.id() + " SENT attempts=1 status=-1 messageId=" + sent.id()),
                events.list());
    }

    /** Tests that a 503 with Retry-After: 0 then a success is heard as two attempts with a retry of delay 0 between. */
    @Test
    public void r10_2_listenerHearsARetryAfterMaintenance() {
        assume(Capability.LISTENER, "the in-memory client has no send loop to report");
        SupportCase c = state().openCase(Channel.CHAT);
        Events events = new Events();
        AcquireClient client = current().client(s -> s.listener(events).retryPolicy(fastRetries().build()));
        current().script(ServerFault.status(503).withRetryAfter(Duration.ZERO));
        SentMessage sent = send(client, chat(c, "heard twice"));
        assertEquals(List.of(
                "started chat " + CHAT_ENDPOINT + " case=" + c.id() + " attempt=1 status=-1",
                "ended attempt=1 NOT_SENT status=503",
                "retry attempt=1 status=503 delay=PT0S ServiceUnavailableException",
                "started chat " + CHAT_ENDPOINT + " case=" + c.id() + " attempt=2 status=-1",
                "ended attempt=2 SENT status=-1",
                "finished chat " + CHAT_ENDPOINT + " case=" + c.id() + " SENT attempts=2 status=-1 messageId=" + sent.id()),
                events.list());
    }

    /** Tests that a 500 is heard as one attempt ended OUTCOME_UNKNOWN with status 500, and no retry. */
    @Test
    public void r10_3_listenerHearsAServerError() {
        assume(Capability.LISTENER, "the in-memory client has no send loop to report");
        SupportCase c = state().openCase(Channel.CHAT);
        Events events = new Events();
        AcquireClient client = current().client(s -> s.listener(events).retryPolicy(fastRetries().build()));
        current().script(ServerFault.status(500));
        sendFails(ServerErrorException.class, client, chat(c, "maybe heard"));
        assertEquals(List.of(
                "started chat " + CHAT_ENDPOINT + " case=" + c.id() + " attempt=1 status=-1",
                "ended attempt=1 OUTCOME_UNKNOWN status=500",
                "finished chat " + CHAT_ENDPOINT + " case=" + c.id() + " OUTCOME_UNKNOWN attempts=1 status=500 messageId=none"),
                events.list());
    }

    /** Tests that a listener throwing on every event changes nothing: the send is stored once, a failure stays the same. */
    @Test
    public void r10_4_throwingListenerNeverBreaksASend() {
        assume(Capability.LISTENER, "the in-memory client has no send loop to report");
        SupportCase c = state().openCase(Channel.CHAT);
        AcquireClient client = current().client(s -> s.listener(new Throwing()).retryPolicy(fastRetries().build()));
        current().script(ServerFault.status(503).withRetryAfter(Duration.ZERO));
        assertEquals("despite the listener", send(client, chat(c, "despite the listener")).text().orElse(null));
        current().script(ServerFault.status(500));
        assertEquals(500, sendFails(ServerErrorException.class, client, chat(c, "still a 500")).status().orElse(-1));
        assertEquals(1, state().messageCount(), "stored once");
    }

    /** Records each event as one line, in order; thread-safe. */
    private static final class Events implements SendListener {
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

    /** A listener broken in every method. */
    private static final class Throwing implements SendListener {
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
}
