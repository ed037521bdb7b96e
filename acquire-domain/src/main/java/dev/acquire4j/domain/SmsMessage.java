package dev.acquire4j.domain;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An SMS to send from a number connected to Acquire to a case's contact. Immutable and
 * thread-safe; build with {@link #builder()}, which checks every rule and reports all violations
 * together.
 *
 * <p>Required: {@code caseId} (or {@code forCase}; the SMS endpoint calls it {@code threadId}),
 * {@code contactId}, {@code timelineId}, {@code from}, {@code to} and {@code text} (at most
 * {@value #MAX_TEXT_LENGTH} characters). {@link #body()} tells the encoding and segment count.
 */
@Value.Immutable
public abstract non-sealed class SmsMessage implements OutboundMessage {
    /** Most characters an SMS text may have: the limit of the SMS carriers Acquire sends through. */
    public static final int MAX_TEXT_LENGTH = 1600;

    SmsMessage() {}

    /** {@return the case the SMS is added to; sent as {@code threadId}} */
    @Override
    public abstract CaseId caseId();

    @Override
    public abstract ContactId contactId();

    /** {@return the contact's timeline} */
    public abstract TimelineId timelineId();

    /** {@return the sending number, connected to the Acquire account} */
    public abstract PhoneNumber from();

    /** {@return the contact's number} */
    public abstract PhoneNumber to();

    /** {@return the text; masked in {@code toString}} */
    @Value.Redacted
    public abstract String text();

    /** {@return who the message appears to come from; empty means the client's default} */
    public abstract Optional<SenderRole> senderRole();

    @Override
    public abstract Optional<SupportCase> knownCase();

    /** {@return {@link Channel#SMS}} */
    @Override
    public final Channel channel() {
        return Channel.SMS;
    }

    /** {@return the text's encoding and segment count} */
    public final SmsBody body() {
        return SmsBody.of(text());
    }

    @Value.Check
    void check() {
        Violations v = Violations.of("SmsMessage");
        MessageChecks.checkCase(v, Channel.SMS, caseId(), contactId(), timelineId(), knownCase());
        v.require(timelineId(), "timelineId");
        v.require(from(), "from");
        v.require(to(), "to");
        v.addIf(from() != null && from().equals(to()), "to", "must differ from the sending number", to() == null ? "" : to().toString());
        MessageChecks.requireText(v, "text", text(), MAX_TEXT_LENGTH);
        v.throwIfAny();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link SmsMessage}. Not thread-safe; each attribute may be set once. */
    public static final class Builder extends ImmutableSmsMessage.Builder {
        Builder() {}

        /**
         * Addresses the SMS to a case object: sets {@code caseId}, and makes {@code build()} refuse
         * a case known not to be active, of another contact, or on another timeline.
         *
         * @param supportCase the case as known
         * @return this builder
         */
        public Builder forCase(SupportCase supportCase) {
            caseId(supportCase.id());
            knownCase(supportCase);
            return this;
        }
    }
}
