package dev.acquire4j.ports;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import java.util.concurrent.CompletionStage;

/**
 * The asynchronous client of one account: the {@code CompletionStage} twin of every operation of
 * {@link AcquireClient} (the three senders, the case lookups, the case opener). A stage fails with the
 * acquire4j exception itself, never wrapped. Implementations are thread-safe.
 */
public interface AsyncAcquireClient {
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

    /** {@return the case lifecycle: open with options, close, reopen} */
    AsyncCaseLifecycle caseLifecycle();

    /** {@return the access to stored messages: get, edit, delete} */
    AsyncCaseMessages caseMessages();

    /**
     * Returns a view whose sends fetch their case first and refuse it as
     * {@link AcquireClient#checked()} describes: one extra request per send, the same
     * {@link dev.acquire4j.domain.ValidationException} as a builder's {@code forCase(...)}, and the
     * server still has the last word. A refused send's stage fails with that exception; nothing is sent.
     *
     * @return the checked view; a checked view returns itself
     */
    default AsyncAcquireClient checked() {
        return new CheckedAsyncClient(this);
    }

    /**
     * Starts settling a send that ended with an {@link OutcomeUnknownException}, as
     * {@link AcquireClient#confirm(OutcomeUnknownException)} describes.
     *
     * @param unknown the failure of a send of this client
     * @return a stage completing with stored or not found, or failing with an
     *     {@link OutcomeUnknownException} when the case could not be read (or an
     *     {@code IllegalArgumentException} when the exception carries no {@link UnconfirmedSend})
     */
    CompletionStage<Confirmation> confirm(OutcomeUnknownException unknown);

    /**
     * Starts sending any message on its own channel.
     *
     * @param message a chat message, e-mail or SMS
     * @return a stage that completes with what Acquire stored, or with the failure
     */
    default CompletionStage<SentMessage> send(OutboundMessage message) {
        if (message instanceof ChatMessage chat) {
            return chat().send(chat);
        } else if (message instanceof MailMessage mail) {
            return mail().send(mail);
        }
        return sms().send((SmsMessage) message);
    }
}
