package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.mail;
import static dev.acquire4j.tck.ContractMessages.sms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.testkit.StoredMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules r14: case queries and paging. A case's stored messages read back through the case list
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
}
