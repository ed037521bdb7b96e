package dev.acquire4j.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A message stored on a case, as Acquire reads it back: one entry of a case's {@code messages}
 * relation on the case list. Immutable and thread-safe; its {@code toString} masks the content.
 *
 * <p>Each channel stores its content in its own fields: a chat message and an SMS in
 * {@code message} (an SMS answer also names it {@code Body}), a mail in {@code subject} and
 * {@code htmlBody}. {@link #text()} is that content: the chat or SMS text, or the mail's HTML body;
 * {@link #subject()} is the mail subject. Anything an answer did not carry is empty.
 */
@Value.Immutable
public abstract class CaseMessage {
    CaseMessage() {}

    /** {@return the id of the message within its case (the case message id)} */
    public abstract MessageId id();

    /** {@return the case it is stored on, when the answer named it} */
    public abstract Optional<CaseId> caseId();

    /** {@return the channel, when the answer named one acquire4j sends on} */
    public abstract Optional<Channel> channel();

    /** {@return the channel as Acquire wrote it (e.g. {@code chat}, {@code email}, {@code voip}), when named} */
    public abstract Optional<String> rawChannel();

    /** {@return the message type as Acquire wrote it ({@code message}, {@code note}, {@code event}, {@code sms}...)} */
    public abstract Optional<String> type();

    /** {@return who sent it ({@code senderType}), when the answer said} */
    public abstract Optional<SenderRole> senderRole();

    /** {@return the id of the sending user or contact, when the answer said} */
    public abstract OptionalLong senderId();

    /** {@return the content as stored: chat or SMS text, the mail's HTML body; masked in {@code toString}} */
    @Value.Redacted
    public abstract Optional<String> text();

    /** {@return the mail subject, when the message is a mail that has one; masked in {@code toString}} */
    @Value.Redacted
    public abstract Optional<String> subject();

    /** {@return whether the message was seen, when the answer said} */
    public abstract Optional<Boolean> seen();

    /** {@return when the message was stored, when the answer said} */
    public abstract Optional<Instant> createdAt();

    /** {@return when the message was last edited, when the answer said} */
    public abstract Optional<Instant> updatedAt();

    @Value.Check
    void check() {
        Violations v = Violations.of("CaseMessage");
        v.require(id(), "id");
        v.throwIfAny();
    }

    /** {@return a new builder; {@code id} is required} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CaseMessage}. Not thread-safe; each attribute may be set once. */
    public static final class Builder extends ImmutableCaseMessage.Builder {
        Builder() {}
    }
}
