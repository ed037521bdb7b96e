package dev.acquire4j.testkit.internal;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.Contact;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.testkit.records.StoredMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fake account's books: contacts, cases and stored messages behind one lock, so that a rule
 * check and the store it allows happen atomically (a case closed by a test is never written to).
 * Thread-safe.
 */
public final class Ledger {
    private final Object lock = new Object();
    private final Map<ContactId, Contact> contacts = new LinkedHashMap<>();
    private final Map<CaseId, SupportCase> cases = new LinkedHashMap<>();
    private final List<StoredMessage> messages = new ArrayList<>();
    private final Clock clock;
    // Each kind of id starts in its own range, like the docs' examples, so that a transport that
    // reads the wrong field gets a plainly wrong number instead of a lucky match.
    private long nextContact = 597_001;
    private long nextCase = 2_001;
    private long nextThread = 1_801;
    private long nextTimeline = 2_101;
    private long nextMessage = 8_001;

    /** Creates empty books; {@code clock} stamps stored messages. */
    public Ledger(Clock clock) {
        this.clock = clock;
    }

    /** Adds or replaces a contact and returns it. */
    public Contact putContact(Contact contact) {
        synchronized (lock) {
            contacts.put(contact.id(), contact);
            return contact;
        }
    }

    /** Adds a contact with a fresh id and returns it. */
    public Contact newContact() {
        synchronized (lock) {
            ContactId id = ContactId.of(nextContact = fresh(nextContact, v -> contacts.containsKey(ContactId.of(v))));
            nextContact++;
            return putContact(Contact.builder().id(id).build());
        }
    }

    /**
     * Adds or replaces a case, filling what it lacks: channel chat, a fresh thread and timeline.
     * Its contact is added if unknown.
     *
     * @param given the case; its contact is required
     * @return the case as stored
     */
    public SupportCase putCase(SupportCase given) {
        ContactId contact = given.contactId().orElseThrow(
                () -> new IllegalArgumentException("a seeded case needs its contactId: the server checks it"));
        synchronized (lock) {
            contacts.computeIfAbsent(contact, id -> Contact.builder().id(id).build());
            SupportCase stored = SupportCase.builder()
                    .id(given.id())
                    .status(given.status())
                    .channel(given.channel().orElse(Channel.CHAT))
                    .contactId(contact)
                    .threadId(given.threadId().orElseGet(this::newThread))
                    .timelineId(given.timelineId().orElseGet(this::newTimeline))
                    .build();
            cases.put(stored.id(), stored);
            return stored;
        }
    }

    /** Opens an active case of a contact on a channel, with fresh ids, and returns it. */
    public SupportCase openCase(ContactId contact, Channel channel) {
        synchronized (lock) {
            CaseId id = CaseId.of(nextCase = fresh(nextCase, v -> cases.containsKey(CaseId.of(v))));
            nextCase++;
            return putCase(SupportCase.builder().id(id).status(CaseStatus.ACTIVE).channel(channel)
                    .contactId(contact).build());
        }
    }

    /** Changes a case's status and returns the case after the change. */
    public SupportCase setStatus(CaseId id, CaseStatus status) {
        synchronized (lock) {
            SupportCase c = findCase(id).orElseThrow(() -> new IllegalArgumentException("no case " + id));
            SupportCase changed = SupportCase.builder().id(c.id()).status(status).channel(c.channel())
                    .contactId(c.contactId()).threadId(c.threadId()).timelineId(c.timelineId()).build();
            cases.put(id, changed);
            return changed;
        }
    }

    /** {@return the case with this id, if known} */
    public Optional<SupportCase> findCase(CaseId id) {
        synchronized (lock) {
            return Optional.ofNullable(cases.get(id));
        }
    }

    /** {@return the contact with this id, if known} */
    public Optional<Contact> findContact(ContactId id) {
        synchronized (lock) {
            return Optional.ofNullable(contacts.get(id));
        }
    }

    /** {@return every case, in the order added} */
    public List<SupportCase> cases() {
        synchronized (lock) {
            return List.copyOf(cases.values());
        }
    }

    /** {@return every stored message, in the order stored} */
    public List<StoredMessage> messages() {
        synchronized (lock) {
            return List.copyOf(messages);
        }
    }

    /**
     * Checks a send against its case and stores it.
     *
     * @param s the send
     * @return what was stored, with the case it went to
     * @throws Refusal if a case rule refuses it; nothing is stored then
     */
    public Accepted accept(Submission s) {
        synchronized (lock) {
            SupportCase c = CaseRules.check(findCase(s.caseId()), s);
            StoredMessage m = new StoredMessage(MessageId.of(nextMessage++), s.channel(), c.id(),
                    c.contactId().orElseThrow(), s.role(), s.type(), s.text(), Optional.ofNullable(s.translateLangKey()),
                    Optional.ofNullable(s.from()), s.to(), s.cc(), s.bcc(), Optional.ofNullable(s.subject()),
                    Optional.ofNullable(s.timelineId()), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
            messages.add(m);
            return new Accepted(m, c, contacts.get(m.contactId()));
        }
    }

    /**
     * A stored message with the case and contact it went to, for rendering an answer.
     *
     * @param message what was stored
     * @param supportCase its case
     * @param contact its contact
     */
    public record Accepted(StoredMessage message, SupportCase supportCase, Contact contact) {}

    private ThreadId newThread() {
        nextThread = fresh(nextThread, v -> cases.values().stream().anyMatch(c -> c.threadId().orElseThrow().value() == v));
        return ThreadId.of(nextThread++);
    }

    private TimelineId newTimeline() {
        nextTimeline = fresh(nextTimeline,
                v -> cases.values().stream().anyMatch(c -> c.timelineId().orElseThrow().value() == v));
        return TimelineId.of(nextTimeline++);
    }

    /** Skips numbers a test already seeded by hand, so generated ids never collide with them. */
    private static long fresh(long start, Predicate<Long> taken) {
        long v = start;
        while (taken.test(v)) {
            v++;
        }
        return v;
    }
}
