package dev.acquire4j.ports;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SentMessage;

/**
 * Sends a chat message and waits for Acquire's answer. Implementations are thread-safe.
 */
@FunctionalInterface
public interface ChatSender {
    /**
     * Sends a chat message to its case.
     *
     * @param message the message, already validated by its builder
     * @return what Acquire stored
     * @throws NotSentException if the message was certainly not sent (refused, unreachable)
     * @throws OutcomeUnknownException if it may or may not have been sent (timeout, reset, 5xx)
     * @throws dev.acquire4j.domain.ValidationException if a client-side rule refuses it; nothing was sent
     */
    SentMessage send(ChatMessage message);
}
