package dev.acquire4j.ports;

import dev.acquire4j.domain.Channel;
import java.util.Locale;
import java.util.Optional;

/**
 * Every call a client makes, by name: failures, log lines and {@link OperationListener} events say
 * which one they came from. An operation is either a send (it stores a message: repeated only when
 * it certainly did not reach Acquire) or changes nothing on the server (a lookup: safe to repeat).
 */
public enum Operation {
    /** Sends a chat message ({@link ChatSender}). */
    SEND_CHAT("chat message", Channel.CHAT, false),
    /** Sends an e-mail ({@link MailSender}). */
    SEND_MAIL("email", Channel.EMAIL, false),
    /** Sends an SMS ({@link SmsSender}). */
    SEND_SMS("SMS", Channel.SMS, false),
    /** Fetches one case ({@link CaseLookup#get}). */
    GET_CASE("case lookup", null, true),
    /** Lists the cases of a contact ({@link CaseLookup#casesOfContact}). */
    LIST_CASES_OF_CONTACT("lookup of a contact's cases", null, true),
    /** Lists the cases of a thread ({@link CaseLookup#casesOfThread}). */
    LIST_CASES_OF_THREAD("lookup of a thread's cases", null, true),
    /** Opens a chat case ({@link CaseOpener}); it creates a case, so it is repeated only like a send. */
    OPEN_CASE("request to open a case", null, false),
    /** Lists cases by a query, one page per call ({@link CaseLookup#list}, {@link CaseLookup#listAll}, {@link CaseLookup#withMessages}). */
    QUERY_CASES("case query", null, true);

    private final String noun;
    private final Channel channel;
    private final boolean idempotent;

    Operation(String noun, Channel channel, boolean idempotent) {
        this.noun = noun;
        this.channel = channel;
        this.idempotent = idempotent;
    }

    /** {@return how messages name what the operation carried, e.g. {@code "chat message"}, {@code "case lookup"}} */
    public String noun() {
        return noun;
    }

    /** {@return the channel of the message a send stores; empty for an operation that is not a send} */
    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    /** {@return whether the operation changes nothing on the server, so that repeating it is harmless} */
    public boolean idempotent() {
        return idempotent;
    }

    /** {@return the lower-case name used in log lines and metric tags, e.g. {@code send_chat}} */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the send operation of a channel}
     *
     * @param channel the channel of the message
     */
    public static Operation send(Channel channel) {
        return switch (channel) {
            case CHAT -> SEND_CHAT;
            case EMAIL -> SEND_MAIL;
            case SMS -> SEND_SMS;
        };
    }
}
