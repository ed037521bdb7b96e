package dev.acquire4j.tck;

import static dev.acquire4j.tck.FaultSupport.fastRetries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.testkit.RecordedRequest;
import dev.acquire4j.testkit.ServerFault;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Rules r8: case lookups and case opening ({@code client.cases()}, {@code client.caseOpener()} and
 * their async twins, in the fixture's style) return what the account holds, fail with the same
 * typed errors as sends, and are retried on unknown outcomes because they change nothing.
 */
public abstract class LookupRules extends ConcurrencyRules {
    private static final long ASYNC_LIMIT_SECONDS = 60;

    /** Creates the rule group; subclasses provide {@link #fixture()}. */
    protected LookupRules() {}

    /** Tests that a case fetched by id has its status, channel, contact, thread and timeline as the account holds them. */
    @Test
    public void r8_1_getReturnsTheCaseWithTheIdsAnSmsNeeds() {
        SupportCase c = state().openCase(Channel.SMS);
        assertEquals(c, getCase(current().client(), c.id()));
        assertEquals(0, state().messageCount(), "a lookup stores nothing");
    }

    /** Tests that a closed case is fetched with its closed status, not refused. */
    @Test
    public void r8_2_getShowsAClosedCaseAsClosed() {
        SupportCase c = state().closeCase(state().openCase(Channel.CHAT).id());
        SupportCase found = getCase(current().client(), c.id());
        assertEquals(CaseStatus.CLOSED, found.status());
        assertFalse(found.status().isActive());
    }

    /** Tests that an unknown case id fails with NotFoundException (404, certainly nothing done). */
    @Test
    public void r8_3_getOfAnUnknownCaseIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> getCase(current().client(), CaseId.of(987_654)));
        assertEquals(404, e.status().orElse(-1), e.getMessage());
        assertFalse(e.mayHaveBeenSent());
        assertTrue(e.endpoint().startsWith("GET /api/v1/crm/objects/case"), e.endpoint());
        assertFalse(e.endpoint().contains("987654"), "the endpoint is a template: " + e.endpoint());
    }

    /** Tests that a contact's cases are listed, and only theirs, each with its thread and timeline. */
    @Test
    public void r8_4_casesOfContactListsExactlyTheContactsCases() {
        SupportCase chat = state().openCase(Channel.CHAT);
        ContactId contact = chat.contactId().orElseThrow();
        SupportCase sms = state().openCase(contact, Channel.SMS);
        state().openCase(Channel.CHAT);
        List<SupportCase> found = casesOfContact(current().client(), contact);
        assertEquals(Set.of(chat.id(), sms.id()), found.stream().map(SupportCase::id).collect(Collectors.toSet()));
        for (SupportCase c : found) {
            SupportCase held = state().findCase(c.id()).orElseThrow();
            assertEquals(held.threadId(), c.threadId());
            assertEquals(held.timelineId(), c.timelineId());
        }
        assertTrue(casesOfContact(current().client(), state().addContact().id()).isEmpty());
    }

    /** Tests that opening a case gives a new active chat case with thread and timeline ids, which an SMS can use at once. */
    @Test
    public void r8_5_openGivesANewCaseThatMessagesCanGoTo() {
        ContactId contact = state().addContact().id();
        AcquireClient client = current().client();
        SupportCase opened = open(client, contact);
        assertEquals(state().findCase(opened.id()).orElseThrow(), opened);
        assertTrue(opened.status().isActive());
        assertEquals(contact, opened.contactId().orElseThrow());
        assertTrue(opened.threadId().isPresent() && opened.timelineId().isPresent(), opened.toString());
        send(client, sms(opened, "opened and texted"));
        assertEquals(1, state().messages(opened.id()).size());
    }

    /** Tests that opening a case for an unknown contact fails with NotFoundException and opens nothing. */
    @Test
    public void r8_6_openForAnUnknownContactIsNotFound() {
        int before = state().cases().size();
        NotFoundException e = assertThrows(NotFoundException.class, () -> open(current().client(), ContactId.of(31_337)));
        assertEquals(404, e.status().orElse(-1), e.getMessage());
        assertEquals(before, state().cases().size());
    }

    /** Tests the lookups' wire: GETs without a body, the where condition URL-encoded, the key sent; POST create with contactId. */
    @Test
    public void r8_7_lookupsAreTheDocumentedRequests() {
        requireWire();
        SupportCase c = state().openCase(Channel.CHAT);
        ContactId contact = c.contactId().orElseThrow();
        AcquireClient client = current().client();
        getCase(client, c.id());
        casesOfContact(client, contact);
        open(client, contact);
        List<RecordedRequest> wire = wire();
        assertEquals(3, wire.size());
        RecordedRequest get = wire.get(0);
        assertEquals("GET", get.method());
        assertEquals("/api/v1/crm/objects/case/" + c.id(), get.path());
        assertEquals(0, get.body().length);
        assertEquals("Bearer " + state().validKey().reveal(), get.header("authorization").orElse(""));
        RecordedRequest list = wire.get(1);
        assertEquals("/api/v1/crm/objects/case", list.path());
        String query = list.rawQuery().orElse("");
        assertTrue(query.contains("where=contactId%7Ceq%7C" + contact), query);
        RecordedRequest create = wire.get(2);
        assertEquals("POST", create.method());
        assertEquals("/api/v1/crm/messenger/chat/create", create.path());
        assertEquals(contact.toString(), create.queryParameter("contactId").orElse(""));
    }

    /** Tests that a lookup whose first answer is a 500 is tried again, as a GET changes nothing, and succeeds. */
    @Test
    public void r8_8_aLookupIsRetriedAfterAnUnknownOutcome() {
        assume(Capability.RETRIES, "the in-memory client has no transport to retry");
        SupportCase c = state().openCase(Channel.CHAT);
        AcquireClient client = current().client(s -> s.retryPolicy(fastRetries().build()));
        current().script(ServerFault.status(500, "ERROR_SERVER_ERROR"));
        assertEquals(c, getCase(client, c.id()));
        assertEquals(2, wire().size(), "one failed GET, one retried");
    }

    /** Tests that opening a case whose answer is a 500 is not retried: it may have created a case. */
    @Test
    public void r8_9_openingIsNotRetriedAfterAnUnknownOutcome() {
        assume(Capability.RETRIES, "the in-memory client has no transport to retry");
        ContactId contact = state().addContact().id();
        AcquireClient client = current().client(s -> s.retryPolicy(fastRetries().build()));
        current().script(ServerFault.status(500, "ERROR_SERVER_ERROR"));
        SendFailedException e = assertThrows(SendFailedException.class, () -> open(client, contact));
        assertTrue(e.mayHaveBeenSent(), e.toString());
        assertEquals(1, wire().size(), "no second POST");
    }

    /** Tests that a thread's cases are listed, only the contact's, with their status, channel and thread. */
    @Test
    public void r8_10_casesOfThreadListsTheThreadsCases() {
        SupportCase active = state().openCase(Channel.CHAT);
        ContactId contact = active.contactId().orElseThrow();
        ThreadId thread = active.threadId().orElseThrow();
        SupportCase closed = state().addCase(SupportCase.builder().id(CaseId.of(987_001)).status(CaseStatus.CLOSED)
                .channel(Channel.SMS).contactId(contact).threadId(thread).build());
        state().openCase(contact, Channel.CHAT);
        List<SupportCase> found = casesOfThread(current().client(), contact, thread);
        assertEquals(Set.of(active.id(), closed.id()), found.stream().map(SupportCase::id).collect(Collectors.toSet()));
        for (SupportCase c : found) {
            SupportCase held = state().findCase(c.id()).orElseThrow();
            assertEquals(held.status(), c.status());
            assertEquals(held.channel(), c.channel());
            assertEquals(Optional.of(thread), c.threadId());
            assertEquals(Optional.of(contact), c.contactId());
        }
        ContactId stranger = state().addContact().id();
        assertTrue(casesOfThread(current().client(), stranger, thread).isEmpty(), "another contact owns no case of it");
        assertEquals(0, state().messageCount(), "a lookup stores nothing");
    }

    /** Tests the thread lookup's wire: a GET without a body to the messages path with contactId and threadId. */
    @Test
    public void r8_11_casesOfThreadIsTheDocumentedRequest() {
        requireWire();
        SupportCase c = state().openCase(Channel.CHAT);
        ContactId contact = c.contactId().orElseThrow();
        ThreadId thread = c.threadId().orElseThrow();
        casesOfThread(current().client(), contact, thread);
        List<RecordedRequest> wire = wire();
        assertEquals(1, wire.size());
        RecordedRequest list = wire.get(0);
        assertEquals("GET", list.method());
        assertEquals("/api/v1/crm/messenger/chat/messages", list.path());
        assertEquals(0, list.body().length);
        assertEquals(contact.toString(), list.queryParameter("contactId").orElse(""));
        assertEquals(thread.toString(), list.queryParameter("threadId").orElse(""));
        assertEquals("Bearer " + state().validKey().reveal(), list.header("authorization").orElse(""));
    }

    /**
     * {@return the case, fetched in the fixture's style}
     *
     * @param client the client
     * @param id the case id
     */
    protected final SupportCase getCase(AcquireClient client, CaseId id) {
        return inStyle(c -> c.cases().get(id), c -> c.async().cases().get(id), client);
    }

    /**
     * {@return the contact's cases, listed in the fixture's style}
     *
     * @param client the client
     * @param contact the contact
     */
    protected final List<SupportCase> casesOfContact(AcquireClient client, ContactId contact) {
        return inStyle(c -> c.cases().casesOfContact(contact), c -> c.async().cases().casesOfContact(contact), client);
    }

    /**
     * {@return the cases of the contact's thread, listed in the fixture's style}
     *
     * @param client the client
     * @param contact the contact that owns the thread
     * @param thread the thread
     */
    protected final List<SupportCase> casesOfThread(AcquireClient client, ContactId contact, ThreadId thread) {
        return inStyle(c -> c.cases().casesOfThread(contact, thread),
                c -> c.async().cases().casesOfThread(contact, thread), client);
    }

    /**
     * {@return a new case, opened in the fixture's style}
     *
     * @param client the client
     * @param contact the contact
     */
    protected final SupportCase open(AcquireClient client, ContactId contact) {
        return inStyle(c -> c.caseOpener().open(contact), c -> c.async().caseOpener().open(contact), client);
    }

    private <T> T inStyle(Function<AcquireClient, T> blocking, Function<AcquireClient, CompletionStage<T>> async,
            AcquireClient client) {
        if (current().style() == SendStyle.BLOCKING) {
            return blocking.apply(client);
        }
        try {
            return async.apply(client).toCompletableFuture().get(ASYNC_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new AssertionError("the stage failed with " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the async lookup did not complete within " + ASYNC_LIMIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an async lookup", e);
        }
    }
}
