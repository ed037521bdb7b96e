package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.CONTACT_NUMBER;
import static dev.acquire4j.tck.ContractMessages.INBOX;
import static dev.acquire4j.tck.ContractMessages.SENDER_NUMBER;
import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.mail;
import static dev.acquire4j.tck.ContractMessages.sms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ChatMessageType;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.testkit.records.StoredMessage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules r1: each channel delivers, stores once, and returns what was stored. */
public interface DeliveryRules extends RuleGroup {

    /** Tests that a chat message is stored once and the answer is parsed into the matching SentMessage. */
    @Test
    default void r1_1_sendsChatAndReturnsParsedSentMessage() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        SentMessage sent = support().send(support().current().client(), chat(c, "Your order has shipped"));
        StoredMessage stored = only(support().state().messages());
        assertEquals(Channel.CHAT, stored.channel());
        assertEquals("Your order has shipped", stored.text());
        assertEquals("message", stored.type());
        assertMatches(stored, c, sent);
        assertEquals(c.threadId(), sent.threadId(), "the chat answer names the case's thread");
    }

    /** Tests that an e-mail is stored once with its addresses and subject, and the answer is parsed by caseMessageId. */
    @Test
    default void r1_2_sendsMailAndReturnsParsedSentMessage() {
        SupportCase c = support().state().openCase(Channel.EMAIL);
        SentMessage sent = support().send(support().current().client(), mail(c, "<p>Shipped</p>"));
        StoredMessage stored = only(support().state().messages());
        assertEquals(Channel.EMAIL, stored.channel());
        assertEquals("<p>Shipped</p>", stored.text());
        assertEquals(INBOX.value(), stored.from().orElseThrow());
        assertEquals(List.of("ann@customer.example"), stored.to());
        assertEquals(List.of("team@shop.example"), stored.cc());
        assertEquals(List.of(), stored.bcc());
        assertEquals("Your order", stored.subject().orElseThrow());
        assertMatches(stored, c, sent);
    }

    /** Tests that an SMS is stored once with its numbers and timeline, and the answer is parsed by caseMessageId. */
    @Test
    default void r1_3_sendsSmsAndReturnsParsedSentMessage() {
        SupportCase c = support().state().openCase(Channel.SMS);
        SentMessage sent = support().send(support().current().client(), sms(c, "Shipped today"));
        StoredMessage stored = only(support().state().messages());
        assertEquals(Channel.SMS, stored.channel());
        assertEquals("Shipped today", stored.text());
        assertEquals(SENDER_NUMBER.e164(), stored.from().orElseThrow());
        assertEquals(List.of(CONTACT_NUMBER.e164()), stored.to());
        assertEquals(c.timelineId(), stored.timelineId());
        assertMatches(stored, c, sent);
        sent.timelineId().ifPresent(t -> assertEquals(c.timelineId().orElseThrow(), t));
    }

    /** Tests that each successful send, on every channel, is stored exactly once with its own id. */
    @Test
    default void r1_4_storesEachSuccessfulSendExactlyOnce() {
        AcquireClient client = support().current().client();
        SupportCase chatCase = support().state().openCase(Channel.CHAT);
        SupportCase mailCase = support().state().openCase(chatCase.contactId().orElseThrow(), Channel.EMAIL);
        SupportCase smsCase = support().state().openCase(chatCase.contactId().orElseThrow(), Channel.SMS);
        support().send(client, chat(chatCase, "one"));
        support().send(client, mail(mailCase, "two"));
        support().send(client, sms(smsCase, "three"));
        support().send(client, chat(chatCase, "four"));
        List<StoredMessage> stored = support().state().messages();
        assertEquals(List.of("one", "two", "three", "four"),
                stored.stream().map(StoredMessage::text).collect(Collectors.toList()));
        assertEquals(4, stored.stream().map(StoredMessage::id).collect(Collectors.toSet()).size());
        if (support().current().supports(Capability.WIRE)) {
            assertEquals(4, support().current().requests().size(), "one request per send, no retries of successes");
        }
    }

    /** Tests that the generic support().send(OutboundMessage) of the client and of its async senders picks each message's channel. */
    @Test
    default void r1_5_genericSendDispatchesOnTheMessagesChannel() {
        AcquireClient client = support().current().client();
        SupportCase chatCase = support().state().openCase(Channel.CHAT);
        SupportCase mailCase = support().state().openCase(chatCase.contactId().orElseThrow(), Channel.EMAIL);
        SupportCase smsCase = support().state().openCase(chatCase.contactId().orElseThrow(), Channel.SMS);
        for (OutboundMessage m : List.of(chat(chatCase, "a"), mail(mailCase, "b"), sms(smsCase, "c"))) {
            SentMessage sent = support().current().style() == SendStyle.BLOCKING ? client.send(m)
                    : client.async().send(m).toCompletableFuture().join();
            assertEquals(m.channel(), sent.channel());
        }
        assertEquals(List.of(Channel.CHAT, Channel.EMAIL, Channel.SMS),
                support().state().messages().stream().map(StoredMessage::channel).collect(Collectors.toList()));
    }

    /** Tests that chat notes and events are stored with their own type, not as plain messages. */
    @Test
    default void r1_6_sendsChatNotesAndEventsWithTheirType() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client();
        for (ChatMessageType type : List.of(ChatMessageType.NOTE, ChatMessageType.EVENT)) {
            support().send(client, ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                    .text("internal " + type).type(type).build());
        }
        assertEquals(Set.of("note", "event"),
                support().state().messages().stream().map(StoredMessage::type).collect(Collectors.toSet()));
    }

    private static StoredMessage only(List<StoredMessage> stored) {
        assertEquals(1, stored.size(), "exactly one message stored");
        return stored.get(0);
    }

    private static void assertMatches(StoredMessage stored, SupportCase c, SentMessage sent) {
        assertEquals(c.id(), stored.caseId());
        assertEquals(c.contactId().orElseThrow(), stored.contactId());
        assertEquals(stored.id(), sent.id(), "the SentMessage id is the stored case message id");
        assertEquals(stored.channel(), sent.channel());
        assertEquals(c.id(), sent.caseId().orElseThrow(), "the answer names the case");
        sent.contactId().ifPresent(contact -> assertEquals(c.contactId().orElseThrow(), contact));
        sent.text().ifPresent(text -> assertEquals(stored.text(), text));
        assertTrue(sent.supportCase().map(s -> s.id().equals(c.id())).orElse(true), "a case snapshot is of the case");
    }
}
