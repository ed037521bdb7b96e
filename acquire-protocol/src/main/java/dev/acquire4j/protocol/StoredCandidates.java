package dev.acquire4j.protocol;

import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SentMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a case read back with its messages into what confirmation matches: each stored message as
 * the {@link SentMessage} a send would have returned, with its subject. Stateless and thread-safe.
 */
public final class StoredCandidates {
    private StoredCandidates() {}

    /**
     * {@return the case's stored messages, or empty when the answer did not list the case with its
     * messages (then nothing can be concluded from it)}
     *
     * @param listed the case as the case list gave it, if it did
     */
    public static Optional<List<StoredCandidate>> of(Optional<ListedCase> listed) {
        if (listed.isEmpty() || !listed.get().messagesRead()) {
            return Optional.empty();
        }
        ListedCase c = listed.get();
        List<StoredCandidate> out = new ArrayList<>(c.messages().size());
        for (CaseMessage m : c.messages()) {
            if (m.channel().isEmpty()) {
                continue; // a channel acquire4j does not send on: never a send's copy
            }
            SentMessage.Builder b = SentMessage.builder().id(m.id()).channel(m.channel().get())
                    .caseId(m.caseId().orElse(c.supportCase().id()));
            m.senderRole().ifPresent(b::senderRole);
            m.senderId().ifPresent(b::senderId);
            m.type().ifPresent(b::type);
            m.text().ifPresent(b::text);
            m.seen().ifPresent(b::seen);
            m.createdAt().ifPresent(b::createdAt);
            c.supportCase().contactId().ifPresent(b::contactId);
            c.supportCase().threadId().ifPresent(b::threadId);
            out.add(new StoredCandidate(b.build(), m.subject()));
        }
        return Optional.of(out);
    }
}
