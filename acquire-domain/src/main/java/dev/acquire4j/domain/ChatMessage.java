package dev.acquire4j.domain;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A chat message to add to an active case. Immutable and thread-safe; build with
 * {@link #builder()}, which checks every rule and reports all violations together.
 *
 * <p>Required: {@code caseId} (or {@code forCase}), {@code contactId} and {@code text}. Defaults:
 * type {@link ChatMessageType#MESSAGE}; sender role from the client (normally
 * {@link SenderRole#USER}); no translation.
 *
 * <pre>{@code
 * ChatMessage m = ChatMessage.builder()
 *     .caseId(CaseId.of(2069)).contactId(ContactId.of(597759))
 *     .text("Your order has shipped")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class ChatMessage implements OutboundMessage {
    ChatMessage() {}

    @Override
    public abstract CaseId caseId();

    @Override
    public abstract ContactId contactId();

    /** {@return the message text; masked in {@code toString}} */
    @Value.Redacted
    public abstract String text();

    /** {@return the kind of message; default {@link ChatMessageType#MESSAGE}} */
    @Value.Default
    public ChatMessageType type() {
        return ChatMessageType.MESSAGE;
    }

    /** {@return the language Acquire should translate the message into, if any} */
    public abstract Optional<LanguageTag> translateTo();

    /** {@return who the message appears to come from; empty means the client's default} */
    public abstract Optional<SenderRole> senderRole();

    @Override
    public abstract Optional<SupportCase> knownCase();

    /** {@return {@link Channel#CHAT}} */
    @Override
    public final Channel channel() {
        return Channel.CHAT;
    }

    @Value.Check
    void check() {
        Violations v = Violations.of("ChatMessage");
        MessageChecks.checkCase(v, Channel.CHAT, caseId(), contactId(), null, knownCase());
        MessageChecks.requireText(v, "text", text(), 0);
        v.require(type(), "type");
        v.throwIfAny();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChatMessage}. Not thread-safe; each attribute may be set once. */
    public static final class Builder extends ImmutableChatMessage.Builder {
        Builder() {}

        /**
         * Addresses the message to a case object: sets {@code caseId}, and makes {@code build()}
         * refuse a case that is known not to be active or to belong to another contact.
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
