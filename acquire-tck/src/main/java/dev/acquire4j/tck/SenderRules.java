package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.CONTACT_NUMBER;
import static dev.acquire4j.tck.ContractMessages.SENDER_NUMBER;
import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.sms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.LanguageTag;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.records.StoredMessage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules r2: who a message comes from and its translation reach the account as asked. */
public interface SenderRules extends RuleGroup {

    /** Tests that a message without a sender role is stored as sent by an agent (USER), the client's default. */
    @Test
    default void r2_1_senderRoleDefaultsToUser() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().send(support().current().client(), chat(c, "from the agent"));
        support().send(support().current().client(), sms(c, "sms from the agent"));
        assertEquals(List.of(SenderRole.USER, SenderRole.USER), roles());
    }

    /** Tests that a message's own CONTACT role is stored as coming from the contact, for chat and SMS. */
    @Test
    default void r2_2_messageSenderRoleContactIsHonoured() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().send(support().current().client(), ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .text("as the contact").senderRole(SenderRole.CONTACT).build());
        support().send(support().current().client(), SmsMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .timelineId(c.timelineId().orElseThrow()).from(SENDER_NUMBER).to(CONTACT_NUMBER)
                .text("sms as the contact").senderRole(SenderRole.CONTACT).build());
        assertEquals(List.of(SenderRole.CONTACT, SenderRole.CONTACT), roles());
    }

    /** Tests that the client's default sender role applies to messages that set none, and a message's own role wins. */
    @Test
    default void r2_3_clientDefaultSenderRoleApplies() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        var client = support().current().client(support().state().validKey(), SenderRole.CONTACT);
        support().send(client, chat(c, "default contact"));
        support().send(client, ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .text("explicit user").senderRole(SenderRole.USER).build());
        assertEquals(List.of(SenderRole.CONTACT, SenderRole.USER), roles());
    }

    /** Tests that a chat translation language is stored as given, and no language is stored when none is asked. */
    @Test
    default void r2_4_translateLangKeyReachesTheAccount() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().send(support().current().client(), ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .text("Olá").translateTo(LanguageTag.of("pt-BR")).build());
        support().send(support().current().client(), chat(c, "no translation"));
        assertEquals(List.of(Optional.of("pt-BR"), Optional.empty()),
                support().state().messages().stream().map(StoredMessage::translateLangKey).collect(Collectors.toList()));
    }

    private List<SenderRole> roles() {
        return support().state().messages().stream().map(StoredMessage::senderRole).collect(Collectors.toList());
    }
}
