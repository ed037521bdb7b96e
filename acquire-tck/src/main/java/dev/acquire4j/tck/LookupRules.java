package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.sms;
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
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.testkit.faults.ServerFault;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Rules r8: case lookups and case opening ({@code client.cases()}, {@code client.caseOpener()} and
 * their async twins, in the fixture's style) return what the account holds, fail with the same
 * typed errors as sends, and are retried on unknown outcomes because they change nothing.
 */
public interface LookupRules extends RuleGroup {

    /**
     * Tests that a case fetched by id has its status, channel, contact and thread as the account holds
     * them, and no timeline: the get page documents only the contact relation.
     */
    @Test
    default void r8_1_getReturnsTheCaseWithItsDocumentedFields() {
        SupportCase c = support().state().openCase(Channel.SMS);
        assertEquals(withoutTimeline(c), support().getCase(support().current().client(), c.id()));
        assertEquals(0, support().state().messageCount(), "a lookup stores nothing");
    }

    /** Tests that a closed case is fetched with its closed status, not refused. */
    @Test
    default void r8_2_getShowsAClosedCaseAsClosed() {
        SupportCase c = support().state().closeCase(support().state().openCase(Channel.CHAT).id());
        SupportCase found = support().getCase(support().current().client(), c.id());
        assertEquals(CaseStatus.CLOSED, found.status());
        assertFalse(found.status().isActive());
    }

    /** Tests that an unknown case id fails with NotFoundException (404, certainly nothing done). */
    @Test
    default void r8_3_getOfAnUnknownCaseIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> support().getCase(support().current().client(), CaseId.of(987_654)));
        assertEquals(404, e.status().orElse(-1), e.getMessage());
        assertFalse(e.mayHaveBeenSent());
        assertTrue(e.endpoint().startsWith("GET /api/v1/crm/objects/case"), e.endpoint());
        assertFalse(e.endpoint().contains("987654"), "the endpoint is a template: " + e.endpoint());
    }

    /** Tests that a contact's cases are listed, and only theirs, each with its thread and timeline. */
    @Test
    default void r8_4_casesOfContactListsExactlyTheContactsCases() {
        SupportCase chat = support().state().openCase(Channel.CHAT);
        ContactId contact = chat.contactId().orElseThrow();
        SupportCase sms = support().state().openCase(contact, Channel.SMS);
        support().state().openCase(Channel.CHAT);
        List<SupportCase> found = support().casesOfContact(support().current().client(), contact);
        assertEquals(Set.of(chat.id(), sms.id()), found.stream().map(SupportCase::id).collect(Collectors.toSet()));
        for (SupportCase c : found) {
            SupportCase held = support().state().findCase(c.id()).orElseThrow();
            assertEquals(held.threadId(), c.threadId());
            assertEquals(held.timelineId(), c.timelineId());
        }
        assertTrue(support().casesOfContact(support().current().client(), support().state().addContact().id()).isEmpty());
    }

    /** Tests that opening a case gives a new active chat case with thread and timeline ids, which an SMS can use at once. */
    @Test
    default void r8_5_openGivesANewCaseThatMessagesCanGoTo() {
        ContactId contact = support().state().addContact().id();
        AcquireClient client = support().current().client();
        SupportCase opened = support().open(client, contact);
        assertEquals(support().state().findCase(opened.id()).orElseThrow(), opened);
        assertTrue(opened.status().isActive());
        assertEquals(contact, opened.contactId().orElseThrow());
        assertTrue(opened.threadId().isPresent() && opened.timelineId().isPresent(), opened.toString());
        support().send(client, sms(opened, "opened and texted"));
        assertEquals(1, support().state().messages(opened.id()).size());
    }

    /** Tests that opening a case for an unknown contact fails with NotFoundException and opens nothing. */
    @Test
    default void r8_6_openForAnUnknownContactIsNotFound() {
        int before = support().state().cases().size();
        NotFoundException e = assertThrows(NotFoundException.class, () -> support().open(support().current().client(), ContactId.of(31_337)));
        assertEquals(404, e.status().orElse(-1), e.getMessage());
        assertEquals(before, support().state().cases().size());
    }

    /** Tests the lookups' wire: GETs without a body, the where condition URL-encoded, the key sent; POST create with contactId. */
    @Test
    default void r8_7_lookupsAreTheDocumentedRequests() {
        support().requireWire();
        SupportCase c = support().state().openCase(Channel.CHAT);
        ContactId contact = c.contactId().orElseThrow();
        AcquireClient client = support().current().client();
        support().getCase(client, c.id());
        support().casesOfContact(client, contact);
        support().open(client, contact);
        List<RecordedRequest> wire = support().wire();
        assertEquals(3, wire.size());
        RecordedRequest get = wire.get(0);
        assertEquals("GET", get.method());
        assertEquals("/api/v1/crm/objects/case/" + c.id(), get.path());
        assertEquals(0, get.body().length);
        assertEquals(Optional.of("contact"), get.queryParameter("relations"), "the get page documents only contact");
        assertEquals("Bearer " + support().state().validKey().reveal(), get.header("authorization").orElse(""));
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
    default void r8_8_aLookupIsRetriedAfterAnUnknownOutcome() {
        support().assume(Capability.RETRIES, "the in-memory client has no transport to retry");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.status(500, "ERROR_SERVER_ERROR"));
        assertEquals(withoutTimeline(c), support().getCase(client, c.id()));
        assertEquals(2, support().wire().size(), "one failed GET, one retried");
    }

    /** Tests that opening a case whose answer is a 500 is not retried: it may have created a case. */
    @Test
    default void r8_9_openingIsNotRetriedAfterAnUnknownOutcome() {
        support().assume(Capability.RETRIES, "the in-memory client has no transport to retry");
        ContactId contact = support().state().addContact().id();
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.status(500, "ERROR_SERVER_ERROR"));
        SendFailedException e = assertThrows(SendFailedException.class, () -> support().open(client, contact));
        assertTrue(e.mayHaveBeenSent(), e.toString());
        assertEquals(1, support().wire().size(), "no second POST");
    }

    /** Tests that a thread's cases are listed, only the contact's, with their status, channel and thread. */
    @Test
    default void r8_10_casesOfThreadListsTheThreadsCases() {
        SupportCase active = support().state().openCase(Channel.CHAT);
        ContactId contact = active.contactId().orElseThrow();
        ThreadId thread = active.threadId().orElseThrow();
        SupportCase closed = support().state().addCase(SupportCase.builder().id(CaseId.of(987_001)).status(CaseStatus.CLOSED)
                .channel(Channel.SMS).contactId(contact).threadId(thread).build());
        support().state().openCase(contact, Channel.CHAT);
        List<SupportCase> found = support().casesOfThread(support().current().client(), contact, thread);
        assertEquals(Set.of(active.id(), closed.id()), found.stream().map(SupportCase::id).collect(Collectors.toSet()));
        for (SupportCase c : found) {
            SupportCase held = support().state().findCase(c.id()).orElseThrow();
            assertEquals(held.status(), c.status());
            assertEquals(held.channel(), c.channel());
            assertEquals(Optional.of(thread), c.threadId());
            assertEquals(Optional.of(contact), c.contactId());
        }
        ContactId stranger = support().state().addContact().id();
        assertTrue(support().casesOfThread(support().current().client(), stranger, thread).isEmpty(), "another contact owns no case of it");
        assertEquals(0, support().state().messageCount(), "a lookup stores nothing");
    }

    /** Tests the thread lookup's wire: a GET without a body to the messages path with contactId and threadId. */
    @Test
    default void r8_11_casesOfThreadIsTheDocumentedRequest() {
        support().requireWire();
        SupportCase c = support().state().openCase(Channel.CHAT);
        ContactId contact = c.contactId().orElseThrow();
        ThreadId thread = c.threadId().orElseThrow();
        support().casesOfThread(support().current().client(), contact, thread);
        List<RecordedRequest> wire = support().wire();
        assertEquals(1, wire.size());
        RecordedRequest list = wire.get(0);
        assertEquals("GET", list.method());
        assertEquals("/api/v1/crm/messenger/chat/messages", list.path());
        assertEquals(0, list.body().length);
        assertEquals(contact.toString(), list.queryParameter("contactId").orElse(""));
        assertEquals(thread.toString(), list.queryParameter("threadId").orElse(""));
        assertEquals("Bearer " + support().state().validKey().reveal(), list.header("authorization").orElse(""));
    }

    /**
     * Tests that a failed case lookup, and a failed opening, name their own operation in the exception
     * (operation, message), never a chat message: the same for every transport and the in-memory fake.
     */
    @Test
    default void r8_12_aFailedLookupNamesTheLookupNotAMessage() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> support().getCase(support().current().client(), CaseId.of(987_654)));
        assertEquals(Operation.GET_CASE, e.operation());
        assertEquals(Operation.GET_CASE, e.details().operation());
        assertTrue(e.getMessage().contains("case lookup"), e.getMessage());
        assertFalse(e.getMessage().contains("message"), e.getMessage());
        NotFoundException opening = assertThrows(NotFoundException.class,
                () -> support().open(support().current().client(), ContactId.of(987_654)));
        assertEquals(Operation.OPEN_CASE, opening.operation());
        assertTrue(opening.getMessage().contains("request to open a case"), opening.getMessage());
    }

    /**
     * {@return the case as the documented get answer carries it, without a timeline}
     *
     * @param c the case as the account holds it
     */
    static SupportCase withoutTimeline(SupportCase c) {
        return SupportCase.builder().id(c.id()).status(c.status()).channel(c.channel()).contactId(c.contactId())
                .threadId(c.threadId()).build();
    }

    /**
     * Tests that a failed case lookup's log line names the lookup (its operation tag and its GET
     * endpoint, the case id, the 404), never a send, a chat or a message text.
     */
    @Test
    default void r8_13_aFailedLookupsLogLineNamesTheLookup() {
        support().assume(Capability.LOG_LINES, "the in-memory fake writes no log lines: it has no transport whose "
                + "operations a log would record");
        Assumptions.assumeTrue(LogCapture.reachesJavaUtilLogging(), "System.Logger does not reach java.util.logging "
                + "in this JVM (a System.LoggerFinder of its own), so the suite cannot read the client's log lines");
        AcquireClient client = support().current().client();
        try (LogCapture log = LogCapture.of(LogCapture.OPERATIONS)) {
            assertThrows(NotFoundException.class, () -> support().getCase(client, CaseId.of(987_654)));
            FaultSupport.eventually("the lookup's log line", () -> log.lines().stream().anyMatch(l -> l.contains("caseId=987654")));
            List<String> lines = log.lines().stream().filter(l -> l.contains("caseId=987654")).collect(Collectors.toList());
            assertEquals(1, lines.size(), "one line for the one lookup: " + lines);
            String line = lines.get(0);
            assertTrue(line.startsWith("get_case GET /api/v1/crm/objects/case/{id} NOT_SENT "), line);
            assertTrue(line.contains(" error=NotFoundException") && line.contains(" status=404"), line);
            for (String wrong : List.of("send", "chat", "message", "text=", "to=")) {
                assertFalse(line.contains(wrong), "'" + wrong + "' in a lookup's line: " + line);
            }
        }
    }
}
