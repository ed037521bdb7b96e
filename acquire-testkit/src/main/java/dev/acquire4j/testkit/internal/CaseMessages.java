package dev.acquire4j.testkit.internal;

import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.records.StoredMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The fake account's stored messages as Acquire reads them back in a case's {@code messages}
 * relation: one mapping for both fakes (the server renders it as JSON, the in-memory client returns
 * it). Stateless and thread-safe.
 */
public final class CaseMessages {
    /** The agent every fake send is made as; the chat example's sender has id 25 too. */
    public static final long AGENT_ID = 25;

    private CaseMessages() {}

    /** {@return the channel as the fake writes it: {@code chat}, {@code email}, or {@code voip} for SMS, as the SMS answer names its channel type} */
    public static String rawChannel(Channel channel) {
        return switch (channel) {
            case CHAT -> "chat";
            case EMAIL -> "email";
            case SMS -> "voip";
        };
    }

    /** {@return the id of the user or contact a stored message is from} */
    public static long senderId(StoredMessage m) {
        return m.senderRole() == SenderRole.USER ? AGENT_ID : m.contactId().value();
    }

    /** {@return a stored message as a case's {@code messages} relation lists it} */
    public static CaseMessage of(StoredMessage m) {
        return of(m, Optional.empty());
    }

    /**
     * {@return a stored message as Acquire answers it, with when it was last edited}
     *
     * @param m the message
     * @param editedAt when it was last edited, or empty if never
     */
    public static CaseMessage of(StoredMessage m, Optional<Instant> editedAt) {
        CaseMessage.Builder b = CaseMessage.builder().id(m.id()).caseId(m.caseId()).channel(m.channel())
                .rawChannel(rawChannel(m.channel())).type(m.type()).senderRole(m.senderRole())
                .senderId(senderId(m)).text(m.text()).seen(false).createdAt(m.createdAt()).updatedAt(editedAt);
        m.subject().ifPresent(b::subject);
        return b.build();
    }

    /** {@return a case with its stored messages, as the case list answers it with {@code relations=messages}} */
    public static ListedCase listed(SupportCase c, List<StoredMessage> all) {
        ListedCase.Builder b = ListedCase.builder().supportCase(c).messagesRead(true);
        all.stream().filter(m -> m.caseId().equals(c.id())).map(CaseMessages::of).forEach(b::addMessages);
        return b.build();
    }
}
