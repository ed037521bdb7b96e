package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.CONTACT_NUMBER;
import static dev.acquire4j.tck.ContractMessages.SENDER_NUMBER;
import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CasePolicy;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.ServerErrorException;
import dev.acquire4j.testkit.faults.ServerFault;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules r9: checked sends ({@code client.checked()}, or {@code checkCaseBeforeSend(true)} in the
 * settings) fetch the case first and refuse an undeliverable one before sending, with the
 * domain's own {@link ValidationException}; a deliverable one is sent and stored once.
 */
public interface CheckedSendRules extends RuleGroup {

    /** Tests that a checked send to a closed case fails with the ValidationException CasePolicy raises, and nothing is stored. */
    @Test
    default void r9_1_checkedSendToAClosedCaseIsRefusedBeforeSending() {
        SupportCase closed = support().state().closeCase(support().state().openCase(Channel.CHAT).id());
        ChatMessage message = chat(closed, "too late");
        ValidationException e = support().sendFails(ValidationException.class, support().current().client().checked(), message);
        ValidationException domain = assertThrows(ValidationException.class,
                () -> CasePolicy.requireDeliverable(message, closed));
        assertEquals(domain.getMessage(), e.getMessage());
        assertTrue(e.hasViolationOn("caseId"), e.getMessage());
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that a checked send to a closed case makes exactly one request, the GET, and no POST. */
    @Test
    default void r9_2_checkedSendToAClosedCaseMakesOnlyTheLookup() {
        support().requireWire();
        SupportCase closed = support().state().closeCase(support().state().openCase(Channel.CHAT).id());
        support().sendFails(ValidationException.class, support().current().client().checked(), chat(closed, "too late"));
        List<RecordedRequest> wire = support().wire();
        assertEquals(1, wire.size(), "only the lookup: " + wire);
        assertEquals("GET", wire.get(0).method());
    }

    /** Tests that a checked send to an active case makes the GET then the POST, and is stored once. */
    @Test
    default void r9_3_checkedSendToAnActiveCaseLooksUpThenSendsOnce() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().send(support().current().client().checked(), chat(c, "checked"));
        assertEquals(1, support().state().messageCount());
        if (support().current().supports(Capability.WIRE)) {
            List<RecordedRequest> wire = support().wire();
            assertEquals(List.of("GET", "POST"), wire.stream().map(RecordedRequest::method).toList());
        }
    }

    /** Tests that checkCaseBeforeSend(true) in the settings makes every send of the client checked. */
    @Test
    default void r9_4_theSettingMakesEverySendChecked() {
        AcquireClient client = support().current().client(s -> s.checkCaseBeforeSend(true));
        SupportCase open = support().state().openCase(Channel.CHAT);
        SupportCase closed = support().state().closeCase(support().state().openCase(Channel.CHAT).id());
        support().sendFails(ValidationException.class, client, chat(closed, "refused"));
        support().send(client, chat(open, "sent"));
        assertEquals(1, support().state().messageCount());
    }

    /**
     * Tests that a checked mail to a chat case is refused before sending; a checked SMS naming another
     * timeline reaches the server, which refuses it: the documented get answer names no timeline to check.
     */
    @Test
    default void r9_5_checkedSendsApplyTheChannelRuleAndLeaveTheTimelineToTheServer() {
        AcquireClient client = support().current().client().checked();
        SupportCase chatCase = support().state().openCase(Channel.CHAT);
        ValidationException mail = support().sendFails(ValidationException.class, client, mail(chatCase, "<p>wrong</p>"));
        assertTrue(mail.hasViolationOn("caseId"), mail.getMessage());
        SupportCase smsCase = support().state().openCase(Channel.SMS);
        SmsMessage wrongTimeline = SmsMessage.builder().caseId(smsCase.id()).contactId(smsCase.contactId().orElseThrow())
                .timelineId(TimelineId.of(smsCase.timelineId().orElseThrow().value() + 1000)).from(SENDER_NUMBER)
                .to(CONTACT_NUMBER).text("wrong timeline").build();
        RequestRejectedException sms = support().sendFails(RequestRejectedException.class, client, wrongTimeline);
        assertEquals(400, sms.status().orElse(-1), sms.getMessage());
        assertEquals(0, support().state().messageCount());
        assertEquals(support().current().supports(Capability.WIRE) ? 3 : 0, support().requestsSeen(),
                "two lookups and the refused SMS");
    }

    /** Tests that a checked send to an unknown case fails with the lookup's NotFoundException and sends nothing. */
    @Test
    default void r9_6_checkedSendToAnUnknownCaseFailsWithTheLookupsError() {
        SupportCase ghost = support().state().openCase(Channel.CHAT);
        ChatMessage toNowhere = ChatMessage.builder().caseId(CaseId.of(987_654))
                .contactId(ghost.contactId().orElseThrow()).text("anyone?").build();
        NotFoundException e = support().sendFails(NotFoundException.class, support().current().client().checked(), toNowhere);
        assertTrue(e.endpoint().startsWith("GET "), e.endpoint());
        assertEquals(0, support().state().messageCount());
    }

    /**
     * Tests that a checked send whose case lookup fails with an unknown outcome (500 on every
     * attempt) is reported not sent: no POST was made, so the message cannot have been stored.
     */
    @Test
    default void r9_7_checkedSendWhoseLookupFailsIsNotSent() {
        support().requireWire();
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(FaultSupport.fastRetries().build()));
        support().current().script(ServerFault.status(500), ServerFault.status(500), ServerFault.status(500));
        NotSentException e = support().sendFails(NotSentException.class, client.checked(), chat(c, "never posted"));
        assertFalse(e.mayHaveBeenSent(), e.getMessage());
        assertTrue(e.getCause() instanceof ServerErrorException, String.valueOf(e.getCause()));
        assertTrue(support().wire().stream().noneMatch(r -> r.method().equals("POST")), "no POST: " + support().wire());
        assertEquals(0, support().state().messageCount());
    }
}
