package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.mail;
import static dev.acquire4j.tck.ContractMessages.sms;
import static dev.acquire4j.tck.FaultSupport.TOLERANCE;
import static dev.acquire4j.tck.FaultSupport.assertEndedWithin;
import static dev.acquire4j.tck.FaultSupport.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.Confirmation;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.testkit.faults.ServerFault;
import dev.acquire4j.testkit.records.StoredMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules r15: confirmation of unknown outcomes. With confirmation on, a send whose outcome is
 * unknown reads its case back after the grace period and ends <em>sent</em> with the stored copy's
 * id when the server stored it, or sends exactly once more when it did not; with it off a send
 * behaves as before; nothing extra happens when nothing fails; the send deadline holds.
 */
public interface ConfirmationRules extends RuleGroup {
    /** Tests that a message stored before the connection was reset is found: sent, its id, one send request, one read. */
    @Test
    default void r15_1_storedThenResetIsFound() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().current().script(ServerFault.resetAfterRead());
        assertFoundOnce(c, chat(c, "stored, then reset"));
    }

    /** Tests that a message not stored before a reset is sent once more: one copy. */
    @Test
    default void r15_2_resetWithoutStoringIsSentAgain() {
        SupportCase c = support().state().openCase(Channel.SMS);
        support().current().script(ServerFault.resetWithoutStoring());
        assertSentAgainOnce(c, sms(c, "reset, not stored"));
    }

    /** Tests that a message stored before a 500 is found, not sent again. */
    @Test
    default void r15_3_storedThen500IsFound() {
        SupportCase c = support().state().openCase(Channel.EMAIL);
        support().current().script(ServerFault.statusAfterStoring(500));
        assertFoundOnce(c, mail(c, "<p>stored, then 500</p>"));
    }

    /** Tests that a 500 without storing is sent once more. */
    @Test
    default void r15_4_500WithoutStoringIsSentAgain() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().current().script(ServerFault.status(500));
        assertSentAgainOnce(c, chat(c, "500, not stored"));
    }

    /** Tests that a message stored at once whose answer stalls past the request timeout is found. */
    @Test
    default void r15_5_storedThenStalledIsFound() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().current().script(ServerFault.delay(RuleConstants.LONG));
        assertFoundOnce(c, chat(c, "stored, answer stalled"), Confirming.SHORT_TIMEOUT, Confirming.GRACE);
    }

    /** Tests that a stall past the request timeout without storing is sent once more. */
    @Test
    default void r15_6_stalledWithoutStoringIsSentAgain() {
        SupportCase c = support().state().openCase(Channel.EMAIL);
        support().current().script(ServerFault.stallWithoutStoring(RuleConstants.LONG));
        assertSentAgainOnce(c, mail(c, "<p>stalled, not stored</p>"), Confirming.SHORT_TIMEOUT);
    }

    /** Tests that a store later than the request timeout but within the grace period is found, not sent twice. */
    @Test
    default void r15_7_storedLateWithinTheGracePeriodIsFound() {
        SupportCase c = support().state().openCase(Channel.SMS);
        support().current().script(ServerFault.storeAfter(Confirming.STORED_LATE));
        assertFoundOnce(c, sms(c, "stored late"), Confirming.SHORT_TIMEOUT, Confirming.LONG_GRACE);
    }

    /**
     * Tests the documented limit: a store later than the grace period is not seen, the send is made
     * again and ends sent, and the late copy makes two.
     */
    @Test
    default void r15_8_storedAfterTheGracePeriodIsTheDocumentedLimit() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().current().script(ServerFault.storeAfter(Confirming.STORED_TOO_LATE));
        SentMessage sent = support().send(Confirming.client(support(), Confirming.SHORT_TIMEOUT, Confirming.LONG_GRACE),
                chat(c, "stored too late"));
        assertEquals(sent.id(), support().state().messages().get(0).id(), "the resend's copy is the one reported");
        eventually("the late copy is stored too", () -> support().state().messageCount() == 2);
        if (support().current().supports(Capability.WIRE)) {
            assertEquals(2, Confirming.sends(support()));
        }
    }

    /** Tests that with confirmation off an unknown outcome ends as before, carrying what a later confirmation needs. */
    @Test
    default void r15_9_offBehavesAsBeforeAndConfirmsOnDemand() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = Confirming.notConfirming(support());
        support().current().script(ServerFault.resetAfterRead());
        OutcomeUnknownException e = support().sendFails(OutcomeUnknownException.class, client, chat(c, "zebra crossing"));
        assertEquals(1, e.attempts());
        assertEquals(1, support().state().messageCount());
        assertTrue(e.unconfirmedSend().isPresent(), "the failure carries what a confirmation needs");
        assertFalse(e.toString().contains("zebra") || e.unconfirmedSend().get().toString().contains("zebra"),
                "no text in the exception or what it carries");
        Confirmation found = support().confirm(client, e);
        assertTrue(found.isStored());
        assertEquals(support().state().messages().get(0).id(), found.sentMessage().orElseThrow().id());
        if (support().current().supports(Capability.WIRE)) {
            assertEquals(1, Confirming.sends(support()), "confirming sends nothing");
        }
    }

    /** Tests that on demand a message that was not stored is reported not found, and nothing is sent. */
    @Test
    default void r15_10_onDemandNotFound() {
        SupportCase c = support().state().openCase(Channel.SMS);
        AcquireClient client = Confirming.notConfirming(support());
        support().current().script(ServerFault.resetWithoutStoring());
        OutcomeUnknownException e = support().sendFails(OutcomeUnknownException.class, client, sms(c, "lost"));
        assertFalse(support().confirm(client, e).isStored());
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that confirmation costs nothing when nothing fails: one request per send, no read. */
    @Test
    default void r15_11_noExtraRequestWhenNothingFails() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = Confirming.client(support());
        support().send(client, chat(c, "first"));
        support().send(client, chat(c, "second"));
        assertEquals(2, support().state().messageCount());
        if (support().current().supports(Capability.WIRE)) {
            assertEquals(2, support().wire().size(), "no read when nothing failed");
        }
    }

    /** Tests that two identical messages sent on purpose to one case are both accounted for. */
    @Test
    default void r15_12_identicalMessagesAreEachAccountedFor() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = Confirming.client(support());
        SentMessage first = support().send(client, chat(c, "same words"));
        support().current().script(ServerFault.resetWithoutStoring());
        SentMessage second = support().send(client, chat(c, "same words"));
        assertNotEquals(first.id(), second.id(), "the first copy belongs to the first send");
        assertEquals(2, support().state().messageCount());
    }

    /** Tests that the send deadline holds: no time for the grace period leaves the outcome unknown within the deadline. */
    @Test
    default void r15_13_theDeadlineHolds() {
        support().assume(Capability.FAULTS, "the in-memory client has no deadline to keep");
        SupportCase c = support().state().openCase(Channel.CHAT);
        Duration deadline = Duration.ofMillis(1500);
        AcquireClient client = support().current().client(s -> s.requestTimeout(Confirming.SHORT_TIMEOUT)
                .sendDeadline(deadline).confirmationPolicy(ConfirmationPolicy.automatic().withGracePeriod(Confirming.LONG_GRACE)));
        support().current().script(ServerFault.resetAfterRead());
        long start = System.nanoTime();
        OutcomeUnknownException e = support().sendFails(OutcomeUnknownException.class, client, chat(c, "no time"));
        assertEndedWithin(start, deadline.plus(TOLERANCE), "a confirming send with a 1.5 s deadline");
        assertTrue(e.unconfirmedSend().isPresent());
        assertEquals(1, support().requestsSeen(), "no read without time for the grace period");
    }

    /** Tests that a read that fails leaves the outcome unknown, and nothing is sent again. */
    @Test
    default void r15_14_aFailedReadLeavesTheOutcomeUnknown() {
        support().requireWire();
        SupportCase c = support().state().openCase(Channel.CHAT);
        support().current().script(ServerFault.resetWithoutStoring(), ServerFault.status(403));
        OutcomeUnknownException e = support().sendFails(OutcomeUnknownException.class, Confirming.client(support()),
                chat(c, "unreadable case"));
        assertEquals(1, e.getSuppressed().length, "the read's failure is kept");
        assertEquals(1, Confirming.sends(support()), "not confirmed, so not sent again");
        assertEquals(0, support().state().messageCount());
    }

    private void assertFoundOnce(SupportCase c, OutboundMessage message) {
        assertFoundOnce(c, message, Confirming.TIMEOUT, Confirming.GRACE);
    }

    private void assertFoundOnce(SupportCase c, OutboundMessage message, Duration timeout, Duration grace) {
        SentMessage sent = support().send(Confirming.client(support(), timeout, grace), message);
        List<StoredMessage> stored = support().state().messages();
        assertEquals(1, stored.size(), "one copy");
        assertEquals(stored.get(0).id(), sent.id(), "the stored copy's id");
        assertEquals(c.id(), sent.caseId().orElseThrow());
        if (support().current().supports(Capability.WIRE)) {
            assertEquals(1, Confirming.sends(support()), "found: not sent again");
            assertTrue(Confirming.reads(support()) >= 1, "the case was read back");
        }
    }

    private void assertSentAgainOnce(SupportCase c, OutboundMessage message) {
        assertSentAgainOnce(c, message, Confirming.TIMEOUT);
    }

    private void assertSentAgainOnce(SupportCase c, OutboundMessage message, Duration timeout) {
        SentMessage sent = support().send(Confirming.client(support(), timeout, Confirming.GRACE), message);
        List<StoredMessage> stored = support().state().messages();
        assertEquals(1, stored.size(), "one copy");
        assertEquals(stored.get(0).id(), sent.id());
        if (support().current().supports(Capability.WIRE)) {
            assertEquals(2, Confirming.sends(support()), "not found: sent exactly once more");
        }
    }
}
