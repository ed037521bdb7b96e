package dev.acquire4j.ports;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import java.util.concurrent.CompletionStage;

/**
 * The three asynchronous senders of one client. Implementations are thread-safe.
 */
public interface AsyncSenders {
    /** {@return the chat sender} */
    AsyncChatSender chat();

    /** {@return the mail sender} */
    AsyncMailSender mail();

    /** {@return the SMS sender} */
    AsyncSmsSender sms();

    /**
     * Starts sending any message on its own channel.
     *
     * @param message a chat message, e-mail or SMS
     * @return a stage that completes with what Acquire stored, or with the failure
     */
    default CompletionStage<SentMessage> send(OutboundMessage message) {
        if (message instanceof ChatMessage) {
            return chat().send((ChatMessage) message);
        } else if (message instanceof MailMessage) {
            return mail().send((MailMessage) message);
        }
        return sms().send((SmsMessage) message);
    }
}
