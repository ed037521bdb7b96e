package dev.acquire4j.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * What Acquire answered to a successful send. Immutable and thread-safe.
 *
 * <p>The three endpoints answer in different shapes; acquire4j reads each into this one type and
 * leaves out what an answer did not carry. Its {@code toString} masks the text.
 */
@Value.Immutable
public abstract class SentMessage {
    SentMessage() {}

    /** {@return the id of the message within its case (the chat message id, {@code caseMessageId} for mail and SMS)} */
    public abstract MessageId id();

    /** {@return the channel it was sent on} */
    public abstract Channel channel();

    /** {@return the case it was added to, when the answer named it} */
    public abstract Optional<CaseId> caseId();

    /** {@return the thread of the case, when the answer named it} */
    public abstract Optional<ThreadId> threadId();

    /** {@return the contact, when the answer named it} */
    public abstract Optional<ContactId> contactId();

    /** {@return the timeline (SMS), when the answer named it} */
    public abstract Optional<TimelineId> timelineId();

    /** {@return who sent it, when the answer said} */
    public abstract Optional<SenderRole> senderRole();

    /** {@return the id of the sending user or contact, when the answer said} */
    public abstract OptionalLong senderId();

    /** {@return the message type as Acquire wrote it ({@code message}, {@code note}, {@code sms}...)} */
    public abstract Optional<String> type();

    /** {@return the text as stored (chat and SMS text, the mail's HTML body); masked in {@code toString}} */
    @Value.Redacted
    public abstract Optional<String> text();

    /** {@return whether the message was seen, when the answer said} */
    public abstract Optional<Boolean> seen();

    /** {@return when the message was created, when the answer said} */
    public abstract Optional<Instant> createdAt();

    /** {@return a snapshot of the case, when the answer carried one} */
    public abstract Optional<SupportCase> supportCase();

    @Value.Check
    void check() {
        Violations v = Violations.of("SentMessage");
        v.require(id(), "id");
        v.require(channel(), "channel");
        v.throwIfAny();
    }

    /** {@return a new builder; {@code id} and {@code channel} are required} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SentMessage}. Not thread-safe; each attribute may be set once. */
    public static final class Builder extends ImmutableSentMessage.Builder {
        Builder() {}
    }
}
