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
import dev.acquire4j.testkit.faults.PagingFault;
import dev.acquire4j.testkit.records.StoredMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
    /** When each edited message was last edited; a message never edited has no entry. */
    private final Map<MessageId, Instant> edited = new HashMap<>();
    private final Clock clock;
    // Each kind of id starts in its own range, like the docs' examples, so that a transport that
    // reads the wrong field gets a plainly wrong number instead of a lucky match.
    private long nextContact = 597_001;
    private long nextCase = 2_001;
    private long nextThread = 1_801;
    private long nextTimeline = 2_101;
    private long nextMessage = 8_001;

    /** The case list's page size and paging fault; read by both fakes' case lists. */
    private volatile int casePageSize = DEFAULT_CASE_PAGE_SIZE;
    private volatile PagingFault pagingFault;
    private volatile boolean relationsAsArrays;

    /** The case list's page size until a test sets another. */
    public static final int DEFAULT_CASE_PAGE_SIZE = 25;

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
     * Runs an action under the books' lock, so that a rule check and the change it allows happen
     * atomically; the lock is reentrant, so the action may call the other methods.
     *
     * @param <T> the result
     * @param action the check and change
     * @return what the action returned
     */
    public <T> T atomically(Supplier<T> action) {
        synchronized (lock) {
            return action.get();
        }
    }

    /** {@return the stored message with this id, if it was stored and not deleted} */
    public Optional<StoredMessage> findMessage(MessageId id) {
        synchronized (lock) {
            return messages.stream().filter(m -> m.id().equals(id)).findFirst();
        }
    }

    /** {@return when the message was last edited, if it was} */
    public Optional<Instant> editedAt(MessageId id) {
        synchronized (lock) {
            return Optional.ofNullable(edited.get(id));
        }
    }

    /**
     * Replaces a stored message's text, keeping its place, and notes when.
     *
     * @param id the message
     * @param text the new text
     * @param translateLangKey the new translation language, or {@code null} to keep the old one
     * @return the message after the edit
     * @throws Refusal 404 if no such message is stored
     */
    public StoredMessage editMessage(MessageId id, String text, String translateLangKey) {
        synchronized (lock) {
            StoredMessage m = findMessage(id).orElseThrow(() -> Refusal.notFound("message " + id + " not found"));
            StoredMessage changed = new StoredMessage(m.id(), m.channel(), m.caseId(), m.contactId(), m.senderRole(),
                    m.type(), text, translateLangKey == null ? m.translateLangKey() : Optional.of(translateLangKey),
                    m.from(), m.to(), m.cc(), m.bcc(), m.subject(), m.timelineId(), m.createdAt());
            messages.set(messages.indexOf(m), changed);
            edited.put(id, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
            return changed;
        }
    }

    /**
     * Deletes a stored message for good.
     *
     * @param id the message
     * @throws Refusal 404 if no such message is stored
     */
    public void deleteMessage(MessageId id) {
        synchronized (lock) {
            StoredMessage m = findMessage(id).orElseThrow(() -> Refusal.notFound("message " + id + " not found"));
            messages.remove(m);
            edited.remove(id);
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

    /** {@return the case list's page size} */
    public int casePageSize() {
        return casePageSize;
    }

    /** Sets the case list's page size. */
    public void casePageSize(int size) {
        this.casePageSize = size;
    }

    /** {@return how the case list mishandles paging, or {@code null} when it honours the page parameter} */
    public PagingFault pagingFault() {
        return pagingFault;
    }

    /** {@return whether case answers write {@code contact} and {@code timeline} as one-element arrays} */
    public boolean relationsAsArrays() {
        return relationsAsArrays;
    }

    /** Sets whether case answers write {@code contact} and {@code timeline} as one-element arrays. */
    public void relationsAsArrays(boolean arrays) {
        this.relationsAsArrays = arrays;
    }

    /** Sets how the case list mishandles paging; {@code null} to honour the page parameter again. */
    public void pagingFault(PagingFault fault) {
        this.pagingFault = fault;
    }
}
