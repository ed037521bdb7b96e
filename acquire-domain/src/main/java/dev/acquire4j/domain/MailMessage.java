package dev.acquire4j.domain;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An e-mail to add to an active case on the email channel. Immutable and thread-safe; build with
 * {@link #builder()}, which checks every rule and reports all violations together.
 *
 * <p>Required: {@code caseId} (or {@code forCase}), {@code contactId}, {@code from} (an address of
 * an inbox connected to Acquire), at least one {@code to}, {@code subject} (one line) and
 * {@code htmlBody}. The subject becomes a mail header: it must be one line, without control
 * characters of any kind (no line separator such as CR, LF, NEL, U+2028 or U+2029, no tab or ESC). {@code cc} and {@code bcc} default to empty. Attachments are not supported yet;
 * an empty list is sent.
 */
@Value.Immutable
public abstract non-sealed class MailMessage implements OutboundMessage {
    /** Most characters a subject may have; mail systems fold or cut longer ones. */
    public static final int MAX_SUBJECT_LENGTH = 998;

    MailMessage() {}

    @Override
    public abstract CaseId caseId();

    @Override
    public abstract ContactId contactId();

    /** {@return the sender, an address of an inbox connected to the Acquire account} */
    public abstract EmailAddress from();

    /** {@return the recipients; at least one} */
    public abstract List<EmailAddress> to();

    /** {@return the carbon-copy recipients; may be empty} */
    public abstract List<EmailAddress> cc();

    /** {@return the blind carbon-copy recipients; may be empty} */
    public abstract List<EmailAddress> bcc();

    /** {@return the subject, one line; masked in {@code toString}} */
    @Value.Redacted
    public abstract String subject();

    /** {@return the HTML body; masked in {@code toString}} */
    @Value.Redacted
    public abstract String htmlBody();

    @Override
    public abstract Optional<SupportCase> knownCase();

    /** {@return {@link Channel#EMAIL}} */
    @Override
    public final Channel channel() {
        return Channel.EMAIL;
    }

    @Value.Check
    void check() {
        Violations v = Violations.of("MailMessage");
        MessageChecks.checkCase(v, Channel.EMAIL, caseId(), contactId(), null, knownCase());
        v.require(from(), "from");
        v.addIf(to().isEmpty(), "to", "needs at least one recipient", "");
        MessageChecks.requireElements(v, "to", to());
        MessageChecks.requireElements(v, "cc", cc());
        MessageChecks.requireElements(v, "bcc", bcc());
        MessageChecks.requireText(v, "subject", subject(), MAX_SUBJECT_LENGTH);
        MessageChecks.requireHeaderLine(v, "subject", subject());
        MessageChecks.requireText(v, "htmlBody", htmlBody(), 0);
        v.throwIfAny();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MailMessage}. Not thread-safe; each single-valued attribute may be set once. */
    public static final class Builder extends ImmutableMailMessage.Builder {
        Builder() {}

        /**
         * Addresses the mail to a case object: sets {@code caseId}, and makes {@code build()}
         * refuse a case known not to be active, not on the email channel, or of another contact.
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
