package dev.acquire4j.ports;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import java.time.Duration;

/**
 * A client of one Acquire account: blocking senders for each channel and their asynchronous
 * twins, sharing one connection pool. Implementations are thread-safe; create one per account and
 * share it.
 *
 * <p>Closing the client releases what it created (threads, connections); it never closes what the
 * caller passed in. Sends started after {@code close()} fail with a {@link NotSentException}.
 */
public interface AcquireClient extends AutoCloseable {
    /** {@return the blocking chat sender} */
    ChatSender chat();

    /** {@return the blocking mail sender} */
    MailSender mail();

    /** {@return the blocking SMS sender} */
    SmsSender sms();

    /** {@return the asynchronous client: every operation as a {@code CompletionStage}, over the same connections} */
    AsyncAcquireClient async();

    /** {@return the blocking case lookups, over the same connections} */
    CaseLookup cases();

    /** {@return the blocking opener of new chat cases, over the same connections} */
    CaseOpener caseOpener();

    /** {@return the blocking case lifecycle (open with options, close, reopen), over the same connections} */
    CaseLifecycle caseLifecycle();

    /** {@return the blocking access to stored messages (get, edit, delete), over the same connections} */
    CaseMessages caseMessages();

    /**
     * Returns a view of this client whose sends are checked against their case first: each send
     * fetches the case ({@link CaseLookup#get}) and refuses, before sending, a case that is not
     * active, a mail to a case not on the email channel, or an SMS naming another timeline than its
     * case's, with the same {@link dev.acquire4j.domain.ValidationException} a message builder raises
     * for a case object given to {@code forCase(...)} (see {@link dev.acquire4j.domain.CasePolicy}).
     *
     * <p>It costs one extra request per send, and the check can only be as fresh as that answer:
     * the server still has the last word, and may refuse a case closed a moment later. A failed
     * lookup fails the send with the lookup's exception (a {@link NotFoundException} for an unknown
     * case), and nothing is sent: the send fails as not sent whatever the lookup's own outcome. The
     * lookup gets the client's {@linkplain ClientSettings#lookupDeadline() lookup deadline}, the send its send deadline.
     * {@link ClientSettings.Builder#checkCaseBeforeSend(boolean)} makes a client checked from the start.
     *
     * <p>The view shares this client's connections; closing it closes this client.
     *
     * @return the checked view; a checked client returns itself
     */
    default AcquireClient checked() {
        return new CheckedClient(this);
    }

    /**
     * Returns a view of this client whose sends use another deadline (every attempt and wait
     * included), for the few sends that need a shorter or longer one than
     * {@link ClientSettings#sendDeadline()}. The view shares this client's connections and
     * threads; closing the view does nothing, closing this client closes both.
     *
     * @param deadline a positive duration of at most 1 hour
     * @return the view
     * @throws dev.acquire4j.domain.ValidationException if the deadline is not positive or over 1 hour
     */
    AcquireClient withSendDeadline(Duration deadline);

    /**
     * Sends any message on its own channel and waits for the answer.
     *
     * @param message a chat message, e-mail or SMS
     * @return what Acquire stored
     * @throws NotSentException if the message was certainly not sent
     * @throws OutcomeUnknownException if it may or may not have been sent
     */
    default SentMessage send(OutboundMessage message) {
        if (message instanceof ChatMessage chat) {
            return chat().send(chat);
        } else if (message instanceof MailMessage mail) {
            return mail().send(mail);
        }
        return sms().send((SmsMessage) message);
    }

    /**
     * Settles a send that ended with an {@link OutcomeUnknownException}: reads its case's messages
     * and looks for the one the send would have stored (same channel, sender role, type and
     * content as stored, created no earlier than the first attempt's start less the
     * {@linkplain ConfirmationPolicy#clockSkew() clock skew}, and not already accounted for by
     * another send or confirmation of this client). One read request; it sends nothing. Give the
     * server a moment first ({@link ConfirmationPolicy#gracePeriod()}): a request it is still
     * processing is not there yet.
     *
     * @param unknown the failure of a send of this client (or of a client of the same account)
     * @return stored, with the message as the case holds it, or not found (sending again is then safe)
     * @throws OutcomeUnknownException if the case could not be read: the outcome stays unknown; the
     *     read's failure is its cause
     * @throws IllegalArgumentException if the exception carries no {@link UnconfirmedSend} (it is
     *     not a send's, or was deserialised)
     */
    Confirmation confirm(OutcomeUnknownException unknown);

    /**
     * Returns a view of this client whose sends settle unknown outcomes as the policy says (see
     * {@link ConfirmationPolicy}); for the few sends that need it when the client's
     * {@link ClientSettings#confirmationPolicy()} is off, or the other way round. The view shares
     * this client's connections; closing it does nothing.
     *
     * @param policy the policy for the view's sends
     * @return the view
     */
    AcquireClient withConfirmationPolicy(ConfirmationPolicy policy);

    /** Releases what the client created. Idempotent; does not throw. */
    @Override
    void close();
}
