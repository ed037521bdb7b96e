package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.mail;
import static dev.acquire4j.tck.ContractMessages.sms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseColumn;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.CaseRelation;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.PagingException;
import dev.acquire4j.testkit.faults.PagingFault;
import dev.acquire4j.testkit.records.RecordedRequest;
import dev.acquire4j.testkit.records.StoredMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules r14: case queries and paging. A typed query lists the cases its conditions match, with
 * the answer's page data; every page is read once, and a server that ignores the page parameter,
 * repeats a page or sends an empty one ends the walk with a {@link PagingException}, never a hang
 * or a short list. A case's stored messages read back through the case list
 * ({@code relations=messages}) are what the account stored, channel by channel.
 */
public interface CaseQueryRules extends RuleGroup {

    /** Tests that a case read with its messages lists every stored message with its channel, sender, type and content. */
    @Test
    default void r14_1_withMessagesReadsBackWhatEachChannelStored() {
        AcquireClient client = support().current().client();
        SupportCase smsCase = support().state().openCase(Channel.SMS);
        SupportCase mailCase = support().state().openCase(smsCase.contactId().orElseThrow(), Channel.EMAIL);
        SentMessage sentSms = support().send(client, sms(smsCase, "Shipped today"));
        support().send(client, chat(smsCase, "Your order has shipped"));
        SentMessage sentMail = support().send(client, mail(mailCase, "<p>Shipped</p>"));

        ListedCase read = support().withMessages(client, smsCase.id()).orElseThrow();
        assertEquals(smsCase.id(), read.supportCase().id());
        assertTrue(read.messagesRead());
        List<StoredMessage> stored = support().state().messages(smsCase.id());
        assertEquals(stored.size(), read.messages().size(), read.toString());
        for (int i = 0; i < stored.size(); i++) {
            StoredMessage s = stored.get(i);
            CaseMessage m = read.messages().get(i);
            assertEquals(s.id(), m.id());
            assertEquals(Optional.of(s.caseId()), m.caseId());
            assertEquals(Optional.of(s.channel()), m.channel());
            assertEquals(Optional.of(s.senderRole()), m.senderRole());
            assertEquals(Optional.of(s.type()), m.type());
            assertEquals(Optional.of(s.text()), m.text());
            assertEquals(Optional.of(s.createdAt()), m.createdAt());
        }
        assertEquals(sentSms.id(), read.messages().get(0).id());

        CaseMessage mailRead = support().withMessages(client, mailCase.id()).orElseThrow().messages().get(0);
        assertEquals(sentMail.id(), mailRead.id());
        assertEquals(Optional.of("<p>Shipped</p>"), mailRead.text());
        assertEquals(support().state().messages(mailCase.id()).get(0).subject(), mailRead.subject());
        assertEquals(Optional.of(SenderRole.USER), mailRead.senderRole());
    }

    /** Tests that a case without messages reads as such, and an unknown case as empty rather than a failure. */
    @Test
    default void r14_2_withMessagesOfAQuietOrUnknownCase() {
        AcquireClient client = support().current().client();
        SupportCase quiet = support().state().openCase(Channel.CHAT);
        ListedCase read = support().withMessages(client, quiet.id()).orElseThrow();
        assertTrue(read.messagesRead());
        assertTrue(read.messages().isEmpty());
        assertEquals(Optional.empty(), support().withMessages(client, CaseId.of(987_654)));
        assertEquals(0, support().state().messageCount(), "reading stores nothing");
    }

    /** Tests that several conditions all apply, and that a page keeps its page data and says when it is partial. */
    @Test
    default void r14_3_aQueryPageKeepsItsPageData() {
        AcquireClient client = support().current().client();
        support().state().pageCasesBy(2);
        SupportCase first = support().state().openCase(Channel.CHAT);
        ContactId contact = first.contactId().orElseThrow();
        List<CaseId> active = new ArrayList<>(List.of(first.id()));
        for (int i = 0; i < 3; i++) {
            active.add(support().state().openCase(contact, Channel.SMS).id());
        }
        support().state().closeCase(support().state().openCase(contact, Channel.CHAT).id());
        support().state().openCase(Channel.CHAT);
        CaseQuery query = CaseQuery.builder().whereEquals(CaseColumn.CONTACT_ID, contact.toString())
                .whereEquals(CaseColumn.STATUS, "active").relations(CaseRelation.TIMELINE).build();

        CasePage page = support().list(client, query);
        assertEquals(0, page.page());
        assertEquals(0, page.offset());
        assertEquals(2, page.limit());
        assertEquals(4, page.count(), "the closed case and the other contact's are not counted");
        assertEquals(2, page.cases().size());
        assertTrue(page.partial(), "2 of 4");
        assertEquals(active.subList(0, 2), page.cases().stream().map(c -> c.supportCase().id()).toList());
        for (ListedCase c : page.cases()) {
            assertEquals(support().state().findCase(c.supportCase().id()).orElseThrow().timelineId(),
                    c.supportCase().timelineId(), "the timeline relation gives the id an SMS needs");
        }
        CasePage last = support().list(client, query.atPage(1));
        assertEquals(1, last.page());
        assertEquals(2, last.offset());
        assertEquals(active.subList(2, 4), last.cases().stream().map(c -> c.supportCase().id()).toList());
    }

    /** Tests that reading every page returns every matching case once, in order, with the messages asked for. */
    @Test
    default void r14_4_listAllReadsEveryPageOnce() {
        AcquireClient client = support().current().client();
        support().state().pageCasesBy(2);
        SupportCase first = support().state().openCase(Channel.CHAT);
        ContactId contact = first.contactId().orElseThrow();
        List<CaseId> expected = new ArrayList<>(List.of(first.id()));
        for (int i = 0; i < 4; i++) {
            expected.add(support().state().openCase(contact, Channel.CHAT).id());
        }
        support().send(client, chat(first, "on the first page"));
        CaseQuery query = CaseQuery.builder().whereEquals(CaseColumn.CONTACT_ID, contact.toString())
                .relations(CaseRelation.MESSAGES).build();
        int before = support().requestsSeen();
        List<ListedCase> all = support().listAll(client, query);
        assertEquals(expected, all.stream().map(c -> c.supportCase().id()).toList());
        assertEquals(1, all.get(0).messages().size());
        assertTrue(all.stream().allMatch(ListedCase::messagesRead));
        if (support().current().supports(Capability.WIRE)) {
            assertEquals(3, support().requestsSeen() - before, "5 cases on pages of 2: three requests");
        }
        assertTrue(support().listAll(client, CaseQuery.builder().whereEquals(CaseColumn.CONTACT_ID, "31337").build())
                .isEmpty(), "no match: one empty page, no error");
    }

    /** Tests that a server that ignores the page parameter, repeats a page or sends empty pages ends the walk with a PagingException. */
    @Test
    default void r14_5_brokenPagingEndsTheWalkWithAnError() {
        AcquireClient client = support().current().client();
        support().state().pageCasesBy(2);
        SupportCase first = support().state().openCase(Channel.CHAT);
        ContactId contact = first.contactId().orElseThrow();
        for (int i = 0; i < 4; i++) {
            support().state().openCase(contact, Channel.CHAT);
        }
        CaseQuery query = CaseQuery.builder().whereEquals(CaseColumn.CONTACT_ID, contact.toString()).build();
        for (PagingFault fault : PagingFault.values()) {
            support().state().breakPaging(fault);
            int before = support().requestsSeen();
            PagingException e = assertThrows(PagingException.class, () -> support().listAll(client, query), fault.name());
            assertEquals(1, e.requestedPage(), fault + ": " + e.getMessage());
            assertEquals(2, e.casesRead(), fault + ": " + e.getMessage());
            assertEquals(5, e.count(), e.getMessage());
            if (support().current().supports(Capability.WIRE)) {
                assertEquals(2, support().requestsSeen() - before, fault + ": stopped at the second page");
            }
        }
        support().state().breakPaging(null);
        assertEquals(5, support().listAll(client, query).size());
    }

    /** Tests the query's wire: one where parameter per condition, select and relations pipe-separated, page from the second page on. */
    @Test
    default void r14_6_aQueryIsTheDocumentedListRequest() {
        support().requireWire();
        AcquireClient client = support().current().client();
        support().state().pageCasesBy(1);
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().state().openCase(c.contactId().orElseThrow(), Channel.CHAT);
        CaseQuery query = CaseQuery.builder().whereEquals(CaseColumn.CONTACT_ID, c.contactId().orElseThrow().toString())
                .whereEquals(CaseColumn.STATUS, "active").select(CaseColumn.ID, CaseColumn.STATUS, CaseColumn.CONTACT_ID)
                .relations(CaseRelation.CONTACT, CaseRelation.TIMELINE).build();
        assertEquals(2, support().listAll(client, query).size());
        List<RecordedRequest> wire = support().wire();
        assertEquals(2, wire.size());
        for (RecordedRequest r : wire) {
            assertEquals("GET", r.method());
            assertEquals("/api/v1/crm/objects/case", r.path());
            assertEquals(0, r.body().length);
            assertEquals(List.of("contactId|eq|" + c.contactId().orElseThrow(), "status|eq|active"),
                    r.queryParameters().get("where"));
            assertEquals(Optional.of("id|contactId|status"), r.queryParameter("select"));
            assertEquals(Optional.of("contact|timeline"), r.queryParameter("relations"));
        }
        assertEquals(Optional.empty(), wire.get(0).queryParameter("page"));
        assertEquals(Optional.of("1"), wire.get(1).queryParameter("page"));
    }
}
