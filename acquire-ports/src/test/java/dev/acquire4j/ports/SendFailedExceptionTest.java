package dev.acquire4j.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.AcquireException;
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
        return new FailureDetails(Operation.SEND_MAIL, ENDPOINT, 2, status, code, "{\"error\":\"" + code + "\"}", "req-77",
                Duration.ofSeconds(3));
    }

    @Test
    void messageNamesOperationEndpointAttemptsStatusCodeAndRequestId() {
        NotSentException e = new RequestRejectedException("Acquire refused the mail", answered(400, "ERROR_INVALID_INPUT"), null);
        assertEquals("Acquire refused the mail [operation=send_mail, endpoint=POST /api/v1/mail/add-message, attempts=2, "
                + "status=400, code=ERROR_INVALID_INPUT, requestId=req-77]", e.getMessage());
        assertEquals(Operation.SEND_MAIL, e.operation());
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
                FailureDetails.withoutAnswer(Operation.SEND_SMS, "POST /api/v1/voip/send-sms", 3), cause);
        assertEquals("Could not connect [operation=send_sms, endpoint=POST /api/v1/voip/send-sms, attempts=3]", e.getMessage());
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
        assertThrows(NullPointerException.class, () -> new FailureDetails(Operation.SEND_CHAT, null, 1, -1, null, null, null, null));
    }

    @Test
    void capsTheBodyAt4096Characters() {
        String big = "x".repeat(5000);
        FailureDetails d = new FailureDetails(Operation.SEND_CHAT, "POST /x", 1, 500, null, big, null, null);
        assertEquals(FailureDetails.MAX_BODY_CHARS, d.body().orElseThrow().length());
        assertEquals(4096, d.body().orElseThrow().length());
        String exact = "y".repeat(4096);
        assertEquals(exact, new FailureDetails(Operation.SEND_CHAT, "POST /x", 1, 500, null, exact, null, null).body().orElseThrow());
        assertEquals(4096, d.withAttempts(5).body().orElseThrow().length());
    }

    @Test
    void exposesOptionalParts() {
        FailureDetails d = answered(429, "ERROR_RATE");
        assertEquals(OptionalInt.of(429), d.status());
        assertEquals(Optional.of(Duration.ofSeconds(3)), d.retryAfter());
        assertEquals(7, d.withAttempts(7).attempts());
        FailureDetails none = FailureDetails.withoutAnswer(Operation.SEND_CHAT, "POST /x", 0);
        assertEquals(OptionalInt.empty(), none.status());
        assertEquals(Optional.empty(), none.errorCode());
        assertEquals(Optional.empty(), none.body());
        assertEquals(Optional.empty(), none.retryAfter());
        assertEquals(Optional.empty(), none.requestId());
        assertEquals(Optional.of("req-77"), d.requestId());
        assertEquals(d, answered(429, "ERROR_RATE"));
        assertEquals(d.hashCode(), answered(429, "ERROR_RATE").hashCode());
    }

    @Test
    void everyOperationHasANounAndATagAndSendsHaveAChannel() {
        for (Operation op : Operation.values()) {
            assertFalse(op.noun().isBlank(), op.name());
            assertEquals(op.name().toLowerCase(java.util.Locale.ROOT), op.tag());
            assertEquals(op.name().startsWith("SEND_"), op.channel().isPresent(), op.name());
            op.channel().ifPresent(c -> assertEquals(op, Operation.send(c)));
        }
        assertTrue(Operation.GET_CASE.idempotent());
        assertFalse(Operation.OPEN_CASE.idempotent());
        assertFalse(Operation.SEND_SMS.idempotent());
    }
}
