package dev.acquire4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.LanguageTag;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.StoredMessage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules r2: who a message comes from and its translation reach the account as asked. */
public abstract class SenderRules extends DeliveryRules {
    /** Creates the rule group; subclasses provide {@link #fixture()}. */
    protected SenderRules() {}

    /** Tests that a message without a sender role is stored as sent by an agent (USER), the client's default. */
    @Test
    public void r2_1_senderRoleDefaultsToUser() {
        SupportCase c = state().openCase(Channel.CHAT);
        send(current().client(), chat(c, "from the agent"));
        send(current().client(), sms(c, "sms from the agent"));
        assertEquals(List.of(SenderRole.USER, SenderRole.USER), roles());
    }

    /** Tests that a message's own CONTACT role is stored as coming from the contact, for chat and SMS. */
    @Test
    public void r2_2_messageSenderRoleContactIsHonoured() {
        SupportCase c = state().openCase(Channel.CHAT);
        send(current().client(), ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .text("as the contact").senderRole(SenderRole.CONTACT).build());
        send(current().client(), SmsMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .timelineId(c.timelineId().orElseThrow()).from(SENDER_NUMBER).to(CONTACT_NUMBER)
                .text("sms as the contact").senderRole(SenderRole.CONTACT).build());
        assertEquals(List.of(SenderRole.CONTACT, SenderRole.CONTACT), roles());
    }

    /** Tests that the client's default sender role applies to messages that set none, and a message's own role wins. */
    @Test
    public void r2_3_clientDefaultSenderRoleApplies() {
        SupportCase c = state().openCase(Channel.CHAT);
        var client = current().client(state().validKey(), SenderRole.CONTACT);
        send(client, chat(c, "default contact"));
        send(client, ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .text("explicit user").senderRole(SenderRole.USER).build());
        assertEquals(List.of(SenderRole.CONTACT, SenderRole.USER), roles());
    }

    /** Tests that a chat translation language is stored as given, and no language is stored when none is asked. */
    @Test
    public void r2_4_translateLangKeyReachesTheAccount() {
        SupportCase c = state().openCase(Channel.CHAT);
        send(current().client(), ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .text("Olá").translateTo(LanguageTag.of("pt-BR")).build());
        send(current().client(), chat(c, "no translation"));
        assertEquals(List.of(Optional.of("pt-BR"), Optional.empty()),
                state().messages().stream().map(StoredMessage::translateLangKey).collect(Collectors.toList()));
    }

    private List<SenderRole> roles() {
        return state().messages().stream().map(StoredMessage::senderRole).collect(Collectors.toList());
    }
}
