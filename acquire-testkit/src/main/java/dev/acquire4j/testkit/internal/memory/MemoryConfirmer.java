package dev.acquire4j.testkit.internal.memory;

import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.Confirmation;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.UnconfirmedSend;
import dev.acquire4j.protocol.Claims;
import dev.acquire4j.protocol.ConfirmationMatcher;
import dev.acquire4j.protocol.StoredCandidate;
import dev.acquire4j.protocol.UnconfirmedSends;
import dev.acquire4j.testkit.records.StoredMessage;
import dev.acquire4j.testkit.internal.Ledger;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Confirmation for the in-memory client, with the same matching and claims as the client core:
 * reads the fake account's messages of the case instead of a list page. A send whose outcome is
 * unknown, under an automatic policy, waits the grace period on the calling thread, confirms, and
 * sends again if its message is not there. Thread-safe; views of one client share it.
 */
public final class MemoryConfirmer {
    private final Ledger ledger;
    private final Claims claims = new Claims(System::nanoTime);

    /**
     * Creates the confirmer of one client.
     *
     * @param ledger the fake account's books
     */
    public MemoryConfirmer(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * Sends through {@code once}, claiming the stored copy; an unknown outcome carries what the
     * send would have stored and, under an automatic policy, is confirmed and resent if missing.
     *
     * @param message the message
     * @param defaultRole the client's default role
     * @param policy the client's policy
     * @param once one send to the fake account
     * @return what was stored
     */
    public SentMessage send(OutboundMessage message, SenderRole defaultRole, ConfirmationPolicy policy,
            Function<OutboundMessage, SentMessage> once) {
        UnconfirmedSend send = UnconfirmedSends.of(message, defaultRole, Instant.now());
        OutcomeUnknownException unknown;
        try {
            return claimed(once.apply(message));
        } catch (OutcomeUnknownException e) {
            unknown = e.unconfirmedSend().isPresent() ? e : e.initUnconfirmedSend(send);
        }
        while (policy.isAutomatic()) {
            try {
                Thread.sleep(policy.gracePeriod().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Confirmation found = confirm(send, policy);
            if (found.isStored()) {
                return found.sentMessage().orElseThrow();
            }
            try {
                return claimed(once.apply(message));
            } catch (OutcomeUnknownException again) {
                again.addSuppressed(unknown);
                unknown = again.unconfirmedSend().isPresent() ? again : again.initUnconfirmedSend(send);
            }
        }
        throw unknown;
    }

    /**
     * Looks for an unknown outcome's message among the case's stored messages.
     *
     * @param unknown the failure of a send of an in-memory client
     * @param policy the client's policy (its clock skew)
     * @return stored or not found
     * @throws IllegalArgumentException if the exception carries no unconfirmed send
     */
    public Confirmation confirm(OutcomeUnknownException unknown, ConfirmationPolicy policy) {
        return confirm(unknown.unconfirmedSend().orElseThrow(() -> new IllegalArgumentException(
                "the exception carries no unconfirmed send: it is not the failure of a send of an acquire4j client")),
                policy);
    }

    private Confirmation confirm(UnconfirmedSend send, ConfirmationPolicy policy) {
        List<StoredCandidate> stored = ledger.messages().stream().filter(m -> m.caseId().equals(send.caseId()))
                .map(MemoryConfirmer::candidate).collect(Collectors.toList());
        return ConfirmationMatcher.find(send, policy.clockSkew(), stored, claims).map(Confirmation::stored)
                .orElse(Confirmation.notFound());
    }

    private SentMessage claimed(SentMessage sent) {
        sent.caseId().ifPresent(c -> claims.claim(c, sent.id()));
        return sent;
    }

    private static StoredCandidate candidate(StoredMessage m) {
        SentMessage.Builder b = SentMessage.builder().id(m.id()).channel(m.channel()).caseId(m.caseId())
                .contactId(m.contactId()).senderRole(m.senderRole()).type(m.type()).text(m.text())
                .createdAt(m.createdAt());
        m.timelineId().ifPresent(b::timelineId);
        return new StoredCandidate(b.build(), m.subject());
    }
}
