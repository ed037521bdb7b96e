package dev.acquire4j.tck.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.AuthenticationException;
import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.PermissionDeniedException;
import dev.acquire4j.ports.RateLimitedException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.ports.ServiceUnavailableException;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.InMemoryAcquire;
import dev.acquire4j.testkit.faults.FailureKind;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The in-memory client fails on demand exactly as an HTTP adapter would, and records what it was asked to send. */
class InMemoryAcquireTest {
    private final AcquireState state = new AcquireState();
    private final SupportCase chatCase = state.openCase(Channel.CHAT);
    private final InMemoryAcquire acquire = InMemoryAcquire.of(state);

    @Test
    void eachFailureKindRaisesTheAdaptersExceptionWithItsDetails() {
        Map<FailureKind, Class<? extends SendFailedException>> expected = Map.ofEntries(
                Map.entry(FailureKind.INVALID_INPUT, RequestRejectedException.class),
                Map.entry(FailureKind.UNAUTHORIZED, AuthenticationException.class),
                Map.entry(FailureKind.FORBIDDEN, PermissionDeniedException.class),
                Map.entry(FailureKind.NOT_FOUND, NotFoundException.class),
                Map.entry(FailureKind.RATE_LIMITED, RateLimitedException.class),
                Map.entry(FailureKind.SERVER_ERROR, ServerErrorException.class),
                Map.entry(FailureKind.SERVICE_UNAVAILABLE, ServiceUnavailableException.class),
                Map.entry(FailureKind.CONNECTION_FAILED, ConnectionFailedException.class),
                Map.entry(FailureKind.TIMEOUT, ResponseTimeoutException.class),
                Map.entry(FailureKind.MALFORMED_RESPONSE, MalformedResponseException.class),
                Map.entry(FailureKind.RESET_AFTER_STORING, OutcomeUnknownException.class),
                Map.entry(FailureKind.RESET, OutcomeUnknownException.class),
                Map.entry(FailureKind.SERVER_ERROR_AFTER_STORING, ServerErrorException.class),
                Map.entry(FailureKind.TIMEOUT_AFTER_STORING, ResponseTimeoutException.class));
        assertEquals(FailureKind.values().length, expected.size(), "every kind is covered");
        for (FailureKind kind : FailureKind.values()) {
            acquire.failNextWith(kind);
            SendFailedException e = assertThrows(SendFailedException.class, () -> acquire.chat().send(message("x")));
            assertSame(expected.get(kind), e.getClass(), kind.name());
            assertEquals(kind.status(), e.status(), kind.name());
            assertEquals(kind.errorCode(), e.errorCode(), kind.name());
            assertEquals("POST /api/v1/crm/messenger/chat/add-message", e.endpoint());
            assertEquals(Operation.SEND_CHAT, e.operation());
            assertFalse(e.getMessage().contains(state.validKey().reveal()));
        }
        assertEquals(4, state.messageCount(), "only the garbled answer and the three kinds that store first stored");
        assertEquals(FailureKind.values().length, acquire.attemptCount());
    }

    @Test
    void rateLimitAndMaintenanceCarryARetryAfterHint() {
        acquire.failNextWith(FailureKind.RATE_LIMITED).failNextWith(FailureKind.SERVICE_UNAVAILABLE);
        for (int i = 0; i < 2; i++) {
            SendFailedException e = assertThrows(SendFailedException.class, () -> acquire.chat().send(message("x")));
            assertEquals(Duration.ofSeconds(1), e.details().retryAfter().orElseThrow());
            assertFalse(e.mayHaveBeenSent());
        }
    }

    @Test
    void failuresQueueUpOnePerSendThenSendsSucceedAgain() {
        acquire.failNextWithStatus(502, null).failNextWith(FailureKind.NOT_FOUND);
        assertThrows(ServerErrorException.class, () -> acquire.chat().send(message("a")));
        assertThrows(NotFoundException.class, () -> acquire.chat().send(message("b")));
        assertEquals("c", acquire.chat().send(message("c")).text().orElseThrow());
        assertEquals(1, state.messageCount());
    }

    @Test
    void asyncFailuresAreStagesHoldingTheExceptionItself() {
        acquire.failNextWith(FailureKind.FORBIDDEN);
        CompletableFuture<?> stage = acquire.async().chat().send(message("x")).toCompletableFuture();
        assertTrue(stage.isCompletedExceptionally());
        Throwable held = stage.handle((v, e) -> e).join();
        assertTrue(held instanceof PermissionDeniedException, String.valueOf(held));
    }

    @Test
    void recordsAttemptsAndRefusesAfterClose() {
        ChatMessage m = message("hello");
        acquire.chat().send(m);
        acquire.close();
        assertThrows(dev.acquire4j.ports.NotSentException.class, () -> acquire.chat().send(m));
        assertEquals(1, acquire.attemptCount(), "a send on a closed client is not an attempt");
        assertSame(m, acquire.attempts().get(0));
        assertEquals("hello", state.messages(chatCase.id()).get(0).text());
    }

    private ChatMessage message(String text) {
        return ChatMessage.builder().forCase(chatCase).contactId(chatCase.contactId().orElseThrow()).text(text).build();
    }
}
