package dev.acquire4j.testkit;

import dev.acquire4j.testkit.faults.PagingFault;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.Contact;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.testkit.internal.Keys;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.records.StoredMessage;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One fake Acquire account: its contacts and cases, the API keys it accepts, and every message it
 * stored. {@link FakeAcquireServer} and {@link InMemoryAcquire} both work on it and apply the same
 * rules, so a test seeds it, sends, and asserts on {@link #messages()}. Thread-safe.
 *
 * <pre>{@code
 * AcquireState state = new AcquireState();
 * SupportCase chatCase = state.openCase(Channel.CHAT);          // active, with fresh ids
 * SupportCase mailCase = state.openCase(chatCase.contactId().orElseThrow(), Channel.EMAIL);
 * // ... send through a client ...
 * assertEquals(1, state.messageCount());
 * }</pre>
 *
 * <p>Rules applied to every send: the case exists (else 404 {@code ERROR_RECORD_NOT_FOUND}); it is
 * active, the contact is its contact, a mail's case is on the email channel, an SMS names the case's
 * timeline (else 400 {@code ERROR_INVALID_INPUT}). The key must be {@link #validKey()} (else 401
 * {@code ERROR_UNAUTHORIZED}, or 403 {@code ERROR_UNAUTHORIZED_ACCESS} for {@link #forbiddenKey()}).
 *
 * <p>The case lifecycle and stored messages follow the same books: closing a case that is not
 * active, or reopening a thread that still has an active case, is a 400; reopening adds a new active
 * case to the thread; an edited message shows its new text everywhere ({@link #messages()},
 * {@link #findMessage}, both fakes' answers); a deleted one is gone (404 afterwards).
 */
public final class AcquireState {
    private final Ledger ledger;
    private final Keys keys;

    /** Creates an empty account with a fresh random valid key and forbidden key, stamping messages with the UTC system clock. */
    public AcquireState() {
        this(randomKey("valid"), randomKey("forbidden"), Clock.systemUTC());
    }

    /**
     * Creates an empty account with the given keys.
     *
     * @param validKey the key that may send
     * @param forbiddenKey a key that is known but answered with 403; must differ from {@code validKey}
     * @param clock stamps stored messages
     * @throws IllegalArgumentException if the two keys are equal
     */
    public AcquireState(ApiKey validKey, ApiKey forbiddenKey, Clock clock) {
        this.keys = new Keys(Objects.requireNonNull(validKey, "validKey"), Objects.requireNonNull(forbiddenKey, "forbiddenKey"));
        this.ledger = new Ledger(Objects.requireNonNull(clock, "clock"));
    }

    /** {@return the key the account accepts} */
    public ApiKey validKey() {
        return keys.valid();
    }

    /** {@return a key the account knows but answers with 403 {@code ERROR_UNAUTHORIZED_ACCESS}} */
    public ApiKey forbiddenKey() {
        return keys.forbidden();
    }

    /**
     * Adds a contact with a fresh id and nothing else known.
     *
     * @return the contact
     */
    public Contact addContact() {
        return ledger.newContact();
    }

    /**
     * Adds a contact, or replaces the one with the same id.
     *
     * @param contact the contact
     * @return the contact
     */
    public Contact addContact(Contact contact) {
        return ledger.putContact(Objects.requireNonNull(contact, "contact"));
    }

    /**
     * Adds a case as given, or replaces the one with the same id. What it lacks is filled in:
     * channel {@link Channel#CHAT}, a fresh thread id and a fresh timeline id. Its contact is added
     * if unknown.
     *
     * @param supportCase the case; its {@code contactId} is required
     * @return the case as stored, with every field present
     * @throws IllegalArgumentException if the case has no contact
     */
    public SupportCase addCase(SupportCase supportCase) {
        return ledger.putCase(Objects.requireNonNull(supportCase, "supportCase"));
    }

    /**
     * Opens an active case for a contact, with fresh case, thread and timeline ids.
     *
     * @param contactId the contact; added if unknown
     * @param channel the case's channel
     * @return the case, with every field present
     */
    public SupportCase openCase(ContactId contactId, Channel channel) {
        return ledger.openCase(Objects.requireNonNull(contactId, "contactId"), Objects.requireNonNull(channel, "channel"));
    }

    /**
     * Opens an active case for a new contact.
     *
     * @param channel the case's channel
     * @return the case, with every field present
     */
    public SupportCase openCase(Channel channel) {
        return openCase(addContact().id(), channel);
    }

    /**
     * Changes a case's status, for example to see a send refused after the case was closed.
     *
     * @param caseId the case
     * @param status the new status
     * @return the case after the change
     * @throws IllegalArgumentException if the case is unknown
     */
    public SupportCase setStatus(CaseId caseId, CaseStatus status) {
        return ledger.setStatus(Objects.requireNonNull(caseId, "caseId"), Objects.requireNonNull(status, "status"));
    }

    /**
     * Closes a case: later sends to it are refused with 400 {@code ERROR_INVALID_INPUT}.
     *
     * @param caseId the case
     * @return the case after the change
     * @throws IllegalArgumentException if the case is unknown
     */
    public SupportCase closeCase(CaseId caseId) {
        return setStatus(caseId, CaseStatus.CLOSED);
    }

    /**
     * {@return the case, if known}
     *
     * @param caseId the case id
     */
    public Optional<SupportCase> findCase(CaseId caseId) {
        return ledger.findCase(caseId);
    }

    /**
     * {@return the contact, if known}
     *
     * @param contactId the contact id
     */
    public Optional<Contact> findContact(ContactId contactId) {
        return ledger.findContact(contactId);
    }

    /** {@return every case, in the order added} */
    public List<SupportCase> cases() {
        return ledger.cases();
    }

    /**
     * {@return the stored message, if it was stored and not deleted; an edited message shows its new text}
     *
     * @param id the message id
     */
    public Optional<StoredMessage> findMessage(MessageId id) {
        return ledger.findMessage(Objects.requireNonNull(id, "id"));
    }

    /** {@return a snapshot of every stored message, in the order stored; deleted ones are gone, edited ones show their new text} */
    public List<StoredMessage> messages() {
        return ledger.messages();
    }

    /**
     * {@return a snapshot of the messages stored on one case, in the order stored}
     *
     * @param caseId the case
     */
    public List<StoredMessage> messages(CaseId caseId) {
        return messages().stream().filter(m -> m.caseId().equals(caseId)).collect(Collectors.toUnmodifiableList());
    }

    /** {@return how many messages were stored; refused sends and failed requests do not count} */
    public int messageCount() {
        return messages().size();
    }

    /**
     * Sets how many cases one page of the case list holds (default 25), as both fakes answer it.
     *
     * @param size 1 or more
     * @return this account
     * @throws IllegalArgumentException if the size is less than 1
     */
    public AcquireState pageCasesBy(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least 1 case, not " + size);
        }
        ledger.casePageSize(size);
        return this;
    }

    /**
     * Makes the case list mishandle paging, as a server that ignores the page parameter would, so
     * that a test sees a client's page walk stop with an error instead of looping or skipping.
     *
     * @param fault how paging breaks; {@code null} to honour the page parameter again
     * @return this account
     */
    public AcquireState breakPaging(PagingFault fault) {
        ledger.pagingFault(fault);
        return this;
    }

    /**
     * Makes the fake server's case answers write the {@code contact} and {@code timeline} relations
     * as one-element arrays instead of objects: the API reference types both "JSON Array Object",
     * while its examples show objects, so a client should read either.
     *
     * @param arrays {@code true} for arrays, {@code false} (the default) for objects
     * @return this account
     */
    public AcquireState answerRelationsAsArrays(boolean arrays) {
        ledger.relationsAsArrays(arrays);
        return this;
    }

    /** The books, for the two fakes in this package; tests use the methods above. */
    Ledger ledger() {
        return ledger;
    }

    /** The keys, for the two fakes in this package. */
    Keys keys() {
        return keys;
    }

    private static ApiKey randomKey(String kind) {
        return ApiKey.of("acq-test-" + kind + "-" + UUID.randomUUID());
    }
}
