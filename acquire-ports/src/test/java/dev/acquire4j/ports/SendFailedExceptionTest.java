package dev.acquire4j.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.AcquireException;
import dev.acquire4j.domain.Channel;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SendFailedExceptionTest {
    private static final String ENDPOINT = "POST /api/v1/mail/add-message";

    private static FailureDetails answered(int status, String code) {
        return new FailureDetails(Channel.EMAIL, ENDPOINT, 2, status, code, "{\"error\":\"" + code + "\"}", "req-77",
                Duration.ofSeconds(3));
    }

    @Test
    void messageNamesChannelEndpointAttemptsStatusCodeAndRequestId() {
        NotSentException e = new RequestRejectedException("Acquire refused the mail", answered(400, "ERROR_INVALID_INPUT"), null);
        assertEquals("Acquire refused the mail [channel=email, endpoint=POST /api/v1/mail/add-message, attempts=2, "
                + "status=400, code=ERROR_INVALID_INPUT, requestId=req-77]", e.getMessage());
        assertEquals(Channel.EMAIL, e.channel());
        assertEquals(ENDPOINT, e.endpoint());
        assertEquals(2, e.attempts());
        assertEquals(OptionalInt.of(400), e.status());
        assertEquals(Optional.of("ERROR_INVALID_INPUT"), e.errorCode());
        assertFalse(e.getMessage().contains("{\"error\""), "the body stays out of the message");
    }

    @Test
    void messageLeavesOutWhatWasNotThere() {
        IOException cause = new IOException("Connection refused");
        ConnectionFailedException e = new ConnectionFailedException("Could not connect",
                FailureDetails.withoutAnswer(Channel.SMS, "POST /api/v1/voip/send-sms", 3), cause);
        assertEquals("Could not connect [channel=sms, endpoint=POST /api/v1/voip/send-sms, attempts=3]", e.getMessage());
        assertEquals(OptionalInt.empty(), e.status());
        assertEquals(Optional.empty(), e.errorCode());
        assertSame(cause, e.getCause());
    }

    static Stream<SendFailedException> notSent() {
        FailureDetails d = answered(401, "ERROR_UNAUTHORIZED");
        return Stream.of(new NotSentException("closed client", d, null), new RequestRejectedException("400", d, null),
                new AuthenticationException("401", d, null), new PermissionDeniedException("403", d, null),
                new NotFoundException("404", d, null), new RateLimitedException("429", d, null),
                new ConnectionFailedException("refused", d, null), new ServiceUnavailableException("503", d, null));
    }

    static Stream<SendFailedException> outcomeUnknown() {
        FailureDetails d = answered(500, "ERROR_SERVER_ERROR");
        return Stream.of(new OutcomeUnknownException("reset", d, null), new ResponseTimeoutException("timeout", d, null),
                new ServerErrorException("500", d, null), new MalformedResponseException("bad json", d, null));
    }

    @ParameterizedTest
    @MethodSource("notSent")
    void notSentMeansCertainlyNotSent(SendFailedException e) {
        assertFalse(e.mayHaveBeenSent(), e.getClass().getSimpleName());
        assertTrue(e instanceof NotSentException);
        assertTrue(e instanceof AcquireException);
    }

    @ParameterizedTest
    @MethodSource("outcomeUnknown")
    void outcomeUnknownMeansItMayHaveBeenSent(SendFailedException e) {
        assertTrue(e.mayHaveBeenSent(), e.getClass().getSimpleName());
        assertTrue(e instanceof OutcomeUnknownException);
    }

    @Test
    void detailsAreRequired() {
        assertThrows(NullPointerException.class, () -> new NotSentException("x", null, null));
        assertThrows(NullPointerException.class, () -> new FailureDetails(null, ENDPOINT, 1, -1, null, null, null, null));
        assertThrows(NullPointerException.class, () -> new FailureDetails(Channel.CHAT, null, 1, -1, null, null, null, null));
    }

    @Test
    void capsTheBodyAt4096Characters() {
        String big = "x".repeat(5000);
        FailureDetails d = new FailureDetails(Channel.CHAT, "POST /x", 1, 500, null, big, null, null);
        assertEquals(FailureDetails.MAX_BODY_CHARS, d.responseBody().length());
        assertEquals(4096, d.body().orElseThrow().length());
        String exact = "y".repeat(4096);
        assertEquals(exact, new FailureDetails(Channel.CHAT, "POST /x", 1, 500, null, exact, null, null).responseBody());
        assertEquals(4096, d.withAttempts(5).responseBody().length());
    }

    @Test
    void exposesOptionalParts() {
        FailureDetails d = answered(429, "ERROR_RATE");
        assertEquals(OptionalInt.of(429), d.httpStatus());
        assertEquals(Optional.of(Duration.ofSeconds(3)), d.retryAfterHint());
        assertEquals(7, d.withAttempts(7).attempts());
        FailureDetails none = FailureDetails.withoutAnswer(Channel.CHAT, "POST /x", 0);
        assertEquals(OptionalInt.empty(), none.httpStatus());
        assertEquals(Optional.empty(), none.code());
        assertEquals(Optional.empty(), none.body());
        assertEquals(Optional.empty(), none.retryAfterHint());
    }
}
