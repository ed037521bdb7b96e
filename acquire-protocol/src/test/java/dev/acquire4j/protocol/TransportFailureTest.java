package dev.acquire4j.protocol;

import dev.acquire4j.protocol.spi.WireRequest;
import dev.acquire4j.ports.Operation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.domain.Channel;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Tests that a failure without an HTTP answer is split by whether the request was written. */
class TransportFailureTest {
    private final AcquireProtocol protocol = Fixtures.protocol();
    private final WireRequest mail = protocol.call(Fixtures.mail()).request();

    /** Stands for transports' own timeout types (HttpTimeoutException, Netty's), matched by name. */
    static final class FakeReadTimeoutException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void notWrittenIsConnectionFailedAndNotSent() {
        ConnectException refused = new ConnectException("Connection refused");
        SendFailedException e = protocol.transportFailure(mail, refused, false, 2);
        assertSame(ConnectionFailedException.class, e.getClass());
        assertFalse(e.mayHaveBeenSent());
        assertSame(refused, e.getCause());
        assertEquals(2, e.attempts());
        assertTrue(e.details().status().isEmpty());
        assertEquals(Operation.SEND_MAIL, e.operation());
        assertEquals("POST /api/v1/mail/add-message", e.endpoint());
        assertTrue(e.getMessage().startsWith("Could not connect to Acquire (ConnectException); the email was not sent."), e.getMessage());
    }

    @Test
    void connectTimeoutIsConnectionFailed() {
        SendFailedException e = protocol.transportFailure(mail, new FakeReadTimeoutException(), false, 1);
        assertSame(ConnectionFailedException.class, e.getClass());
        assertTrue(e.getMessage().contains("within the connect timeout"), e.getMessage());
    }

    @Test
    void writtenThenTimedOutIsResponseTimeout() {
        for (Throwable t : new Throwable[] {new TimeoutException(), new SocketTimeoutException(), new FakeReadTimeoutException(),
                new CompletionException(new FakeReadTimeoutException()), new IOException("wrapped", new TimeoutException())}) {
            SendFailedException e = protocol.transportFailure(mail, t, true, 1);
            assertSame(ResponseTimeoutException.class, e.getClass(), t.toString());
            assertTrue(e.mayHaveBeenSent());
            assertTrue(e.getMessage().startsWith("No answer came from Acquire within the request timeout"), e.getMessage());
        }
    }

    @Test
    void writtenThenConnectionBrokeIsResponseTimeoutWithItsOwnMessage() {
        IOException reset = new IOException("HTTP/1.1 header parser received no bytes");
        SendFailedException e = protocol.transportFailure(mail, new CompletionException(reset), true, 1);
        assertSame(ResponseTimeoutException.class, e.getClass());
        assertTrue(e.getMessage().startsWith("The connection to Acquire broke before the answer was complete (IOException)"), e.getMessage());
        assertFalse(e.getMessage().contains("parser"), "the cause's message is not quoted");
    }

    @Test
    void writtenThenCancelledOrOtherwiseFailedIsOutcomeUnknown() {
        SendFailedException cancelled = protocol.transportFailure(mail, new CancellationException(), true, 1);
        assertSame(OutcomeUnknownException.class, cancelled.getClass());
        assertTrue(cancelled.getMessage().startsWith("The operation was cancelled after the request was written; the email may"));
        SendFailedException other = protocol.transportFailure(mail, new IllegalStateException(), true, 1);
        assertSame(OutcomeUnknownException.class, other.getClass());
        assertTrue(other.mayHaveBeenSent());
    }

    @Test
    void anAlreadyClassifiedFailureIsReturnedAsIs() {
        ServerErrorException earlier = new ServerErrorException("x",
                new FailureDetails(Operation.SEND_MAIL, "POST /api/v1/mail/add-message", 1, 500, null, null, null, null), null);
        assertSame(earlier, protocol.transportFailure(mail, earlier, false, 1));
    }
}
