package dev.acquire4j.ports;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import java.util.concurrent.CompletionStage;

/**
 * The three asynchronous senders of one client, and its case lookups. Implementations are thread-safe.
 */
public interface AsyncSenders {
    /** {@return the chat sender} */
    AsyncChatSender chat();

    /** {@return the mail sender} */
    AsyncMailSender mail();

    /** {@return the SMS sender} */
    AsyncSmsSender sms();

    /** {@return the case lookups} */
    AsyncCaseLookup cases();

    /** {@return the opener of new chat cases} */
    AsyncCaseOpener caseOpener();

    /**
     * Returns a view whose sends fetch their case first and refuse it as
     * {@link AcquireClient#checked()} describes: one extra request per send, the same
     * {@link dev.acquire4j.domain.ValidationException} as a builder's {@code forCase(...)}, and the
     * server still has the last word. A refused send's stage fails with that exception; nothing is sent.
     *
     * @return the checked view; a checked view returns itself
     */
    default AsyncSenders checked() {
        return new CheckedAsyncSenders(this);
    }

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
