package dev.acquire4j.ports;

import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.SentMessage;

/**
 * Sends an e-mail and waits for Acquire's answer. Implementations are thread-safe.
 */
@FunctionalInterface
public interface MailSender {
    /**
     * Sends an e-mail to its case.
     *
     * @param message the message, already validated by its builder
     * @return what Acquire stored
     * @throws NotSentException if the message was certainly not sent (refused, unreachable)
     * @throws OutcomeUnknownException if it may or may not have been sent (timeout, reset, 5xx)
     * @throws dev.acquire4j.domain.ValidationException if a client-side rule refuses it; nothing was sent
     */
    SentMessage send(MailMessage message);
}
