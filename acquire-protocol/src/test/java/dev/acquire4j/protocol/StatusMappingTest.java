package dev.acquire4j.protocol;

import dev.acquire4j.ports.Operation;
import dev.acquire4j.domain.SentMessage;
import static dev.acquire4j.protocol.Fixtures.NO_HEADERS;
import static dev.acquire4j.protocol.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.ports.AuthenticationException;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.PermissionDeniedException;
import dev.acquire4j.ports.RateLimitedException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.ports.ServiceUnavailableException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests that every non-2xx status maps to the same error for every transport, with its details. */
class StatusMappingTest {
    private final AcquireProtocol protocol = Fixtures.protocol();
    private final Call<SentMessage> chat = protocol.call(Fixtures.chat());

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, RequestRejectedException.class, false),
                Arguments.of(408, RequestRejectedException.class, false),
                Arguments.of(409, RequestRejectedException.class, false),
                Arguments.of(413, RequestRejectedException.class, false),
                Arguments.of(422, RequestRejectedException.class, false),
                Arguments.of(401, AuthenticationException.class, false),
                Arguments.of(403, PermissionDeniedException.class, false),
                Arguments.of(404, NotFoundException.class, false),
                Arguments.of(429, RateLimitedException.class, false),
                Arguments.of(500, ServerErrorException.class, true),
                Arguments.of(502, ServerErrorException.class, true),
                Arguments.of(503, ServerErrorException.class, true),
                Arguments.of(504, ServerErrorException.class, true),
                Arguments.of(599, ServerErrorException.class, true),
                Arguments.of(301, OutcomeUnknownException.class, true),
                Arguments.of(302, OutcomeUnknownException.class, true),
                Arguments.of(303, OutcomeUnknownException.class, true),
                Arguments.of(307, OutcomeUnknownException.class, true),
                Arguments.of(308, OutcomeUnknownException.class, true),
                Arguments.of(101, OutcomeUnknownException.class, true),
                Arguments.of(600, OutcomeUnknownException.class, true),
                Arguments.of(0, OutcomeUnknownException.class, true));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @MethodSource("statuses")
    void statusMapsToItsException(int status, Class<? extends SendFailedException> type, boolean mayHaveBeenSent) {
        SendFailedException e = fail(status, NO_HEADERS, "");
        assertSame(type, e.getClass());
        assertEquals(mayHaveBeenSent, e.mayHaveBeenSent());
        assertEquals(status, e.status().getAsInt());
        assertEquals(Operation.SEND_CHAT, e.operation());
        assertEquals("POST /api/v1/crm/messenger/chat/add-message", e.endpoint());
        assertEquals(3, e.attempts());
        assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
        assertTrue(e.getMessage().contains("status=" + status), e.getMessage());
    }

    @Test
    void status503WithRetryAfterIsServiceUnavailableAndNotSent() {
        SendFailedException e = fail(503, headers(Map.of("retry-after", "120")), "");
        assertSame(ServiceUnavailableException.class, e.getClass());
        assertFalse(e.mayHaveBeenSent());
        assertEquals(Optional.of(Duration.ofSeconds(120)), e.details().retryAfter());
    }

    @Test
    void status503WithUnreadableRetryAfterCountsAsWithout() {
        assertSame(ServerErrorException.class, fail(503, headers(Map.of("retry-after", "soon")), "").getClass());
    }

    @Test
    void rateLimitKeepsRetryAfterAsAnHttpDate() {
        String in30s = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(30));
        Duration hint = fail(429, headers(Map.of("retry-after", in30s)), "").details().retryAfter().orElseThrow();
        assertTrue(hint.compareTo(Duration.ofSeconds(25)) > 0 && hint.compareTo(Duration.ofSeconds(31)) <= 0, hint.toString());
    }

    @Test
    void errorCodeFromAJsonField() {
        assertEquals(Optional.of("ERROR_INVALID_INPUT"),
                fail(400, NO_HEADERS, "{\"message\":\"Only active cases\",\"type\":\"ERROR_INVALID_INPUT\"}").errorCode());
        assertEquals(Optional.of("ERROR_UNAUTHORIZED"),
                fail(401, NO_HEADERS, "{\"error\":{\"code\":\"ERROR_UNAUTHORIZED\",\"message\":\"x\"}}").errorCode());
        assertEquals(Optional.of("ERROR_DUPLICATE_RECORD_FOUND"),
                fail(400, NO_HEADERS, "{\"errorCode\":\" ERROR_DUPLICATE_RECORD_FOUND \"}").errorCode());
    }

    @Test
    void errorCodeFieldWinsOverATokenEarlierInTheText() {
        assertEquals(Optional.of("ERROR_SERVER_ERROR"),
                fail(500, NO_HEADERS, "{\"message\":\"see ERROR_OTHER\",\"code\":\"ERROR_SERVER_ERROR\"}").errorCode());
    }

    @Test
    void errorCodeFromPlainText() {
        assertEquals(Optional.of("ERROR_UNAUTHORIZED_ACCESS"), fail(403, NO_HEADERS, "Denied: ERROR_UNAUTHORIZED_ACCESS.").errorCode());
        assertEquals(Optional.empty(), fail(403, NO_HEADERS, "MY_ERROR_X and ERROR_lower").errorCode());
        assertEquals(Optional.empty(), fail(400, NO_HEADERS, "{\"message\":\"bad\"}").errorCode());
    }

    @Test
    void bodyIsKeptCappedAndDecodedLeniently() {
        String big = "x".repeat(10_000);
        assertEquals(FailureDetails.MAX_BODY_CHARS, fail(400, NO_HEADERS, big).details().body().orElseThrow().length());
        byte[] badUtf8 = {'o', 'k', (byte) 0xFF, '!'};
        SendFailedException e = assertThrows(RequestRejectedException.class, () -> protocol.read(chat, 400, NO_HEADERS, badUtf8, 1));
        assertEquals("ok\uFFFD!", e.details().body().orElseThrow());
        assertEquals(Optional.empty(), fail(400, NO_HEADERS, "").details().body());
    }

    @Test
    void requestIdIsKeptAndCleaned() {
        assertEquals("abc-123", fail(500, headers(Map.of("x-request-id", " abc-123\r\n")), "").details().requestId().orElseThrow());
        assertEquals(128, fail(500, headers(Map.of("x-request-id", "r".repeat(500))), "").details().requestId().orElseThrow().length());
        assertTrue(fail(500, headers(Map.of("x-request-id", "abc")), "").getMessage().contains("requestId=abc"));
    }

    @Test
    void aLookupReturningNullMeansNoHeader() {
        assertSame(ServerErrorException.class, fail(503, name -> null, "").getClass());
        assertSame(ServerErrorException.class, fail(503, null, "").getClass());
    }

    @Test
    void malformedSuccessKeepsStatusAndBody() {
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> protocol.read(chat, 200, headers(Map.of("x-request-id", "r1")), utf8("<html>oops</html>"), 1));
        assertEquals(Optional.of("<html>oops</html>"), e.details().body());
        assertEquals("r1", e.details().requestId().orElseThrow());
        assertTrue(e.getMessage().startsWith("Acquire accepted the chat message (HTTP 200) but its answer is not valid JSON"), e.getMessage());
    }

    @Test
    void messagesNameTheChannel() {
        assertTrue(fail(400, NO_HEADERS, "").getMessage().startsWith("Acquire rejected the chat message (HTTP 400)"));
        Call<SentMessage> sms = protocol.call(Fixtures.sms());
        SendFailedException e = assertThrows(ServerErrorException.class, () -> protocol.read(sms, 500, NO_HEADERS, new byte[0], 1));
        assertTrue(e.getMessage().startsWith("Acquire failed with HTTP 500 while handling the SMS; it may have been stored."), e.getMessage());
        assertTrue(e.getMessage().contains("endpoint=POST /api/v1/voip/send-sms"), e.getMessage());
    }

    private SendFailedException fail(int status, Function<String, Optional<String>> header, String body) {
        return assertThrows(SendFailedException.class, () -> protocol.read(chat, status, header, utf8(body), 3));
    }

    static Function<String, Optional<String>> headers(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
