package dev.acquire4j.ports;

import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SentMessage;

/**
 * Sends an SMS and waits for Acquire's answer. Implementations are thread-safe.
 */
@FunctionalInterface
public interface SmsSender {
    /**
     * Sends an SMS to its case.
     *
     * @param message the message, already validated by its builder
     * @return what Acquire stored
     * @throws NotSentException if the message was certainly not sent (refused, unreachable)
     * @throws OutcomeUnknownException if it may or may not have been sent (timeout, reset, 5xx)
     * @throws dev.acquire4j.domain.ValidationException if a client-side rule refuses it; nothing was sent
     */
    SentMessage send(SmsMessage message);
}
