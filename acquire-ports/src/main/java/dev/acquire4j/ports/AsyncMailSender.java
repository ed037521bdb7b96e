package dev.acquire4j.ports;

import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.SentMessage;
import java.util.concurrent.CompletionStage;

/**
 * Sends an e-mail without blocking the caller. Implementations are thread-safe.
 */
@FunctionalInterface
public interface AsyncMailSender {
    /**
     * Starts sending an e-mail to its case.
     *
     * <p>The stage completes with what Acquire stored, or exceptionally with a
     * {@link NotSentException}, an {@link OutcomeUnknownException} or a
     * {@link dev.acquire4j.domain.ValidationException}; never with a library's own exception type.
     * This method itself does not throw for failures of the send.
     *
     * @param message the message, already validated by its builder
     * @return a stage that completes once, with the result or the failure
     */
    CompletionStage<SentMessage> send(MailMessage message);
}
