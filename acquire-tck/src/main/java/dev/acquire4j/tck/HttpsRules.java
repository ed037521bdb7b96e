package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.mail;
import static dev.acquire4j.tck.ContractMessages.sms;
import static dev.acquire4j.tck.FaultSupport.eventually;
import static dev.acquire4j.tck.FaultSupport.fastRetries;
import static dev.acquire4j.tck.RuleConstants.LONG;
import static dev.acquire4j.tck.RuleConstants.SHORT_DEADLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.testkit.FakeTls;
import dev.acquire4j.testkit.faults.ServerFault;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules r16: HTTPS. The API is HTTPS only, so sends, lookups, retries and delivery faults must
 * behave over TLS as over plain HTTP; only TLS 1.2 or newer is spoken; and a certificate the client
 * cannot accept (untrusted, or for another host name) fails as not sent after exactly one
 * connection attempt: no retry can make it acceptable.
 */
public interface HttpsRules extends RuleGroup {
    /** Why the in-memory fake skips these rules. */
    String NO_TLS = "the in-memory client has no wire to speak TLS on";

    /** Serves HTTPS with a loopback certificate the rule's clients trust. */
    private void serveTrustedTls() {
        support().assume(Capability.TLS, NO_TLS);
        support().current().serveTls(FakeTls.forLoopback(), true);
    }

    /** Tests that a chat, a mail and an SMS are sent over HTTPS, each stored once, on TLS 1.2 or 1.3. */
    @Test
    default void r16_1_sendsOfEveryChannelGoOverHttps() {
        serveTrustedTls();
        AcquireClient client = support().current().client();
        support().send(client, chat(support().state().openCase(Channel.CHAT), "over TLS"));
        support().send(client, mail(support().state().openCase(Channel.EMAIL), "<p>over TLS</p>"));
        support().send(client, sms(support().state().openCase(Channel.SMS), "over TLS"));
        assertEquals(3, support().requestsSeen());
        assertEquals(3, support().state().messageCount());
        List<String> protocols = support().current().tlsProtocols();
        assertFalse(protocols.isEmpty(), "at least one TLS handshake completed");
        assertTrue(FakeTls.MODERN_PROTOCOLS.containsAll(protocols), "only TLS 1.2 or 1.3: " + protocols);
    }

    /** Tests that case lookups work over HTTPS and store nothing. */
    @Test
    default void r16_2_lookupsGoOverHttps() {
        serveTrustedTls();
        SupportCase c = support().state().openCase(Channel.SMS);
        AcquireClient client = support().current().client();
        assertEquals(LookupRules.withoutTimeline(c), support().getCase(client, c.id()), "the get answer names no timeline");
        assertTrue(support().casesOfContact(client, c.contactId().orElseThrow()).contains(c));
        assertEquals(2, support().requestsSeen());
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that a 503 with Retry-After is retried over HTTPS, stored once. */
    @Test
    default void r16_3_retriesWorkOverHttps() {
        serveTrustedTls();
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()));
        support().current().script(ServerFault.status(503, "ERROR_SERVICE_UNAVAILABLE").withRetryAfter(Duration.ZERO));
        support().send(client, chat(c, "second time lucky"));
        assertEquals(2, support().requestsSeen());
        assertEquals(1, support().state().messageCount());
    }

    /** Tests that a TLS connection reset after the message was stored is an unknown outcome, not retried. */
    @Test
    default void r16_4_resetAfterStoringIsOutcomeUnknownOverHttps() {
        serveTrustedTls();
        FaultSupport.assertResetAfterStoringIsOutcomeUnknown(support());
    }

    /**
     * Tests that a late answer past the deadline over HTTPS is a ResponseTimeoutException, not
     * retried. A first send opens the TLS connection, so that the short deadline is not spent on a
     * handshake (on a cold, loaded machine a handshake alone may take longer).
     */
    @Test
    default void r16_5_lateAnswerPastTheDeadlineIsResponseTimeoutOverHttps() {
        serveTrustedTls();
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()));
        support().send(client, chat(c, "opens the connection"));
        AcquireClient hurried = client.withSendDeadline(SHORT_DEADLINE);
        support().current().script(ServerFault.delay(LONG));
        ResponseTimeoutException e = support().sendFails(ResponseTimeoutException.class, hurried, chat(c, "too slow"));
        assertEquals(1, e.attempts());
        eventually("the server stored the message it answers late", () -> support().state().messageCount() == 2);
        assertEquals(2, support().requestsSeen());
    }

    /**
     * Tests that a certificate the client does not trust fails as not sent after exactly one
     * connection attempt (no retry, though the policy allows three), and no request reached the server.
     */
    @Test
    default void r16_6_untrustedCertificateIsNotSentAndNotRetried() {
        support().assume(Capability.TLS, NO_TLS);
        support().current().serveTls(FakeTls.forLoopback(), false);
        assertRefusedOnce("untrusted");
    }

    /**
     * Tests that a trusted certificate for another host name fails as not sent after exactly one
     * connection attempt: the client checks the host name, and does not retry.
     */
    @Test
    default void r16_7_certificateForAnotherHostIsNotSentAndNotRetried() {
        support().assume(Capability.TLS, NO_TLS);
        support().current().serveTls(FakeTls.forNames("acquire.invalid"), true);
        assertRefusedOnce("another host's");
    }

    /** Tests that a server offering only TLS 1.1 gets no request: the send fails as not sent, nothing stored. */
    @Test
    default void r16_8_serverOfferingOnlyTls11IsNotSent() {
        support().assume(Capability.TLS, NO_TLS);
        support().current().serveTls(FakeTls.forLoopback().withProtocols("TLSv1.1"), true);
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().maxAttempts(2).build()));
        NotSentException e = support().sendFails(NotSentException.class, client, chat(c, "old TLS"));
        assertFalse(e.mayHaveBeenSent());
        assertEquals(0, support().requestsSeen());
        assertEquals(0, support().state().messageCount());
        assertEquals(List.of(), support().current().tlsProtocols(), "no handshake completed");
    }

    /** Sends with a policy of three attempts and expects a not-sent refusal after one connection. */
    private void assertRefusedOnce(String certificate) {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().maxAttempts(3).build()));
        NotSentException e = support().sendFails(NotSentException.class, client, chat(c, certificate + " certificate"));
        assertFalse(e instanceof ConnectionFailedException, "a refused certificate is not a retryable connection failure: " + e);
        assertFalse(e.mayHaveBeenSent());
        assertEquals(1, e.attempts(), "a retry cannot make the certificate acceptable");
        assertEquals(1, support().current().acceptedConnections(), "exactly one connection attempt");
        assertEquals(0, support().requestsSeen());
        assertEquals(0, support().state().messageCount());
        assertInstanceOf(Exception.class, e.getCause(), "the TLS failure is kept as the cause");
    }
}
