package dev.acquire4j.testkit.internal;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of opening, closing and reopening cases, applied to the books by both fakes, so that
 * they answer alike: an unknown contact, case or thread is a 404; closing a case that is not
 * active, or reopening a thread that still has an active case, is a 400. Thread-safe.
 */
public final class CaseLifecycleRules {
    private final Ledger ledger;

    /**
     * Creates the rules over the account's books.
     *
     * @param ledger the books
     */
    public CaseLifecycleRules(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * What a close did.
     *
     * @param supportCase the case after it
     * @param closedForGood whether the case was closed (not only left by the agent)
     */
    public record Closed(SupportCase supportCase, boolean closedForGood) {}

    /**
     * Opens an active case for a known contact, with a first message from the agent if given.
     *
     * @param contact the contact
     * @param channel the channel, or {@code null} for chat
     * @param firstMessage the first message, or {@code null}
     * @return the new case
     * @throws Refusal 404 for an unknown contact
     */
    public SupportCase open(ContactId contact, Channel channel, String firstMessage) {
        return ledger.atomically(() -> {
            ledger.findContact(contact).orElseThrow(() -> Refusal.notFound("contact " + contact + " not found"));
            SupportCase c = ledger.openCase(contact, channel == null ? Channel.CHAT : channel);
            store(c, firstMessage);
            return c;
        });
    }

    /**
     * Reopens a contact's thread whose cases are all closed: a new active case in the same thread,
     * on the channel and timeline of its latest case, as the reopen page's answer shows.
     *
     * @param contact the contact that owns the thread
     * @param thread the thread
     * @param firstMessage a first message from the agent, or {@code null}
     * @return the new active case of the thread
     * @throws Refusal 404 for an unknown contact or a thread the contact has no case in; 400 if the
     *     thread still has an active case
     */
    public SupportCase reopen(ContactId contact, ThreadId thread, String firstMessage) {
        return ledger.atomically(() -> {
            ledger.findContact(contact).orElseThrow(() -> Refusal.notFound("contact " + contact + " not found"));
            List<SupportCase> ofThread = ledger.cases().stream()
                    .filter(c -> c.threadId().filter(thread::equals).isPresent())
                    .filter(c -> c.contactId().filter(contact::equals).isPresent())
                    .toList();
            if (ofThread.isEmpty()) {
                throw Refusal.notFound("thread " + thread + " of contact " + contact + " not found");
            }
            if (ofThread.stream().anyMatch(c -> c.status().isActive())) {
                throw Refusal.invalid("thread " + thread + " has an active case; only a closed case can be reopened");
            }
            SupportCase latest = ofThread.stream().max(Comparator.comparingLong(c -> c.id().value())).orElseThrow();
            SupportCase opened = ledger.openCase(contact, latest.channel().orElseThrow());
            SupportCase inThread = ledger.putCase(SupportCase.builder().id(opened.id()).status(CaseStatus.ACTIVE)
                    .channel(latest.channel()).contactId(contact).threadId(thread).timelineId(latest.timelineId()).build());
            store(inThread, firstMessage);
            return inThread;
        });
    }

    /**
     * Closes an active case, or only takes the agent out of it ({@code leaveOnly}).
     *
     * @param id the case
     * @param leaveOnly whether the agent only leaves, keeping the case as it is
     * @return what the close did
     * @throws Refusal 404 for an unknown case; 400 for a case that is not active
     */
    public Closed close(CaseId id, boolean leaveOnly) {
        return ledger.atomically(() -> {
            SupportCase c = ledger.findCase(id).orElseThrow(() -> Refusal.notFound("case " + id + " not found"));
            if (!c.status().isActive()) {
                throw Refusal.invalid("case " + id + " is " + c.status().raw() + "; only an active case can be closed");
            }
            return leaveOnly ? new Closed(c, false) : new Closed(ledger.setStatus(id, CaseStatus.CLOSED), true);
        });
    }

    private void store(SupportCase c, String firstMessage) {
        if (firstMessage != null) {
            ledger.accept(Submission.chat(c.id(), c.contactId().orElseThrow(), SenderRole.USER, "message", firstMessage, null));
        }
    }
}
