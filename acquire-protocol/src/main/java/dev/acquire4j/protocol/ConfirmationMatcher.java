package dev.acquire4j.protocol;

import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.UnconfirmedSend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds, among the messages a case holds, the one a send with an unknown outcome would have
 * stored: same channel, same sender role and type, same content as stored (the chat text, the SMS
 * body, the mail's HTML body and, when the record carries it, its subject), created no earlier than
 * the first attempt's start less the clock-skew allowance, and not claimed yet. The earliest such
 * message is claimed, so that each stored copy accounts for one send only: two identical messages
 * sent on purpose to one case are matched to two sends, or one is found missing. Pure but for the
 * {@link Claims} it updates; thread-safe.
 */
public final class ConfirmationMatcher {
    private ConfirmationMatcher() {}

    /**
     * Looks for the send's stored copy and claims it.
     *
     * @param send what the send would have stored
     * @param clockSkew how far the server's clock may be behind this one
     * @param stored the case's messages, in any order
     * @param claims the copies already accounted for by this client
     * @return the stored copy, claimed now; empty when none is there
     */
    public static Optional<SentMessage> find(UnconfirmedSend send, Duration clockSkew, List<StoredCandidate> stored,
            Claims claims) {
        Objects.requireNonNull(send, "send");
        Instant notBefore = send.firstAttemptAt().minus(clockSkew);
        List<StoredCandidate> matching = new ArrayList<>();
        for (StoredCandidate c : stored) {
            if (matches(send, notBefore, c)) {
                matching.add(c);
            }
        }
        matching.sort(Comparator.comparing((StoredCandidate c) -> c.createdAt().orElseThrow())
                .thenComparingLong(c -> c.id().value()));
        for (StoredCandidate c : matching) {
            if (claims.claim(send.caseId(), c.id())) {
                return Optional.of(c.message());
            }
        }
        return Optional.empty();
    }

    /** {@return whether a stored message has everything of the send and was created late enough} */
    static boolean matches(UnconfirmedSend send, Instant notBefore, StoredCandidate c) {
        SentMessage m = c.message();
        return m.channel() == send.channel()
                && m.caseId().map(send.caseId()::equals).orElse(true)
                && m.senderRole().map(send.senderRole()::equals).orElse(false)
                && m.type().map(send.type()::equals).orElse(false)
                && m.text().map(send.text()::equals).orElse(false)
                && (c.subject().isEmpty() || c.subject().equals(send.subject()))
                && m.createdAt().map(at -> !at.isBefore(notBefore)).orElse(false);
    }
}
