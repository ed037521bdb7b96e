package dev.acquire4j.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What to open a case with, or reopen a thread with: the contact (required) and, optionally, the
 * case's title, its channel, a first message from the agent, and the agent it is routed to. What
 * is not set is not sent, and Acquire applies its own defaults. Immutable and thread-safe.
 *
 * <pre>{@code
 * CaseOpening opening = CaseOpening.builder()
 *     .contactId(ContactId.of(597752))
 *     .title("Order 1042")
 *     .firstMessage("Hello, about your order")
 *     .build();
 * }</pre>
 */
public final class CaseOpening {
    /** The longest title accepted, in UTF-16 characters. */
    public static final int MAX_TITLE_LENGTH = 255;

    private final ContactId contactId;
    private final String title;
    private final Channel channel;
    private final String firstMessage;
    private final long agentId;

    private CaseOpening(Builder b) {
        this.contactId = b.contactId;
        this.title = b.title;
        this.channel = b.channel;
        this.firstMessage = b.firstMessage;
        this.agentId = b.agentId;
    }

    /**
     * {@return an opening with nothing but the contact: the body Acquire gets is empty}
     *
     * @param contactId the contact
     */
    public static CaseOpening of(ContactId contactId) {
        return builder().contactId(contactId).build();
    }

    /** {@return a new builder; nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the contact the case is with} */
    public ContactId contactId() {
        return contactId;
    }

    /** {@return the case's title, if set} */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** {@return the case's channel, if set} */
    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    /** {@return the first message the agent adds to the case, if set; masked in {@code toString}} */
    public Optional<String> firstMessage() {
        return Optional.ofNullable(firstMessage);
    }

    /** {@return the agent (Acquire user id) the case goes to, if set} */
    public OptionalLong agentId() {
        return agentId == 0 ? OptionalLong.empty() : OptionalLong.of(agentId);
    }

    /** {@return whether nothing but the contact is set} */
    public boolean isBare() {
        return title == null && channel == null && firstMessage == null && agentId == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseOpening other && contactId.equals(other.contactId) && Objects.equals(title, other.title)
                && channel == other.channel && Objects.equals(firstMessage, other.firstMessage) && agentId == other.agentId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, title, channel, firstMessage, agentId);
    }

    /** {@return the fields, the first message masked} */
    @Override
    public String toString() {
        return "CaseOpening[contactId=" + contactId + ", title=" + title + ", channel=" + channel
                + ", firstMessage=" + (firstMessage == null ? null : Redaction.text(firstMessage))
                + ", agentId=" + agentId().orElse(0) + "]";
    }

    /** Builds a {@link CaseOpening}; not thread-safe. */
    public static final class Builder {
        private ContactId contactId;
        private String title;
        private Channel channel;
        private String firstMessage;
        private long agentId;
        private boolean agentSet;

        private Builder() {}

        /**
         * Sets the contact (required).
         *
         * @param contactId the contact
         * @return this builder
         */
        public Builder contactId(ContactId contactId) {
            this.contactId = contactId;
            return this;
        }

        /**
         * Sets the title: not blank, one line, at most {@value CaseOpening#MAX_TITLE_LENGTH} characters.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the channel of the case.
         *
         * @param channel the channel
         * @return this builder
         */
        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Sets a first message from the agent: not blank, without NUL characters.
         *
         * @param text the message text
         * @return this builder
         */
        public Builder firstMessage(String text) {
            this.firstMessage = text;
            return this;
        }

        /**
         * Sets the agent (an Acquire user id) the case goes to: positive.
         *
         * @param agentId the agent's user id
         * @return this builder
         */
        public Builder agentId(long agentId) {
            this.agentId = agentId;
            this.agentSet = true;
            return this;
        }

        /**
         * Checks every field and builds the opening.
         *
         * @return the opening
         * @throws ValidationException naming every field that breaks its rule
         */
        public CaseOpening build() {
            Violations v = Violations.of("case opening");
            v.require(contactId, "contactId");
            if (title != null) {
                MessageChecks.requireText(v, "title", title, MAX_TITLE_LENGTH);
                MessageChecks.requireHeaderLine(v, "title", title);
            }
            if (firstMessage != null) {
                MessageChecks.requireText(v, "firstMessage", firstMessage, 0);
            }
            v.addIf(agentSet && agentId <= 0, "agentId", "must be positive", Long.toString(agentId));
            v.throwIfAny();
            return new CaseOpening(this);
        }
    }
}
