package dev.acquire4j.cli;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.PhoneNumber;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violation;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.FakeTls;
import java.io.PrintWriter;
import java.util.TreeSet;

/**
 * The demo: one contact with active chat, email and SMS cases and a closed chat case on a fresh
 * {@link FakeAcquireServer}; one message per channel through every built transport, a send to the
 * closed case (refused by the server), its thread reopened and the new active case taking the message
 * (then closed again), and an SMS to a number without a country code (refused by the
 * domain before any I/O). Prints one table. The server's key stays inside; nothing leaves loopback.
 */
final class Demo {
    private static final String NL = System.lineSeparator();

    private Demo() {}

    /**
     * Runs the demo and prints what happened.
     *
     * @param out where the table goes
     * @param https whether the fake server serves HTTPS (with a certificate made now, which the clients trust)
     * @throws IllegalStateException if a send did not end as the demo expects (a bug)
     */
    static void run(PrintWriter out, boolean https) {
        FakeTls tls = https ? FakeTls.forLoopback() : null;
        FakeAcquireServer fake = new FakeAcquireServer();
        try (FakeAcquireServer server = (tls == null ? fake : fake.tls(tls)).start()) {
            AcquireState state = server.state();
            ContactId contact = state.addContact().id();
            SupportCase chat = state.openCase(contact, Channel.CHAT);
            SupportCase email = state.openCase(contact, Channel.EMAIL);
            SupportCase sms = state.openCase(contact, Channel.SMS);
            SupportCase closedCase = state.closeCase(state.openCase(contact, Channel.CHAT).id());
            CaseId closed = closedCase.id();
            ClientSettings settings = ClientSettings.builder().baseUri(server.baseUri()).apiKey(state.validKey())
                    .trustStore(tls == null ? null : tls.trustStore())
                    .applicationName("acquire-cli-demo").build();

            out.print("A fake Acquire server is listening on " + server.baseUri() + " (loopback only"
                    + (tls == null ? "" : "; TLS with a certificate made at start-up for " + String.join(" and ", tls.names()))
                    + ")." + NL
                    + "Contact " + contact + " has active cases " + chat.id() + " (chat), " + email.id() + " (email) and "
                    + sms.id() + " (SMS), and closed case " + closed + "." + NL + NL);
            TextTable table = new TextTable("TRANSPORT", "CHANNEL", "MESSAGE", "CASE", "CONTACT", "OUTCOME");
            for (Transport transport : Transport.values()) {
                try (AcquireClient client = Transports.open(transport, settings)) {
                    sent(table, transport, contact, client.send(chatTo(chat.id(), contact, "Your order has shipped")));
                    sent(table, transport, contact, client.send(mailTo(email, contact)));
                    sent(table, transport, contact, client.send(smsTo(sms, contact, "+1 555 010 9999")));
                    refused(table, transport, client, closed, contact);
                    DemoReopening.run(table, transport, client, closedCase);
                }
            }
            invalid(table, server, sms, contact);
            out.print(table.render());
            out.print(NL + "The fake server stored " + state.messageCount() + " messages from " + server.requestCount()
                    + " requests" + (tls == null ? "" : " over " + server.tlsProtocols().size() + " TLS connections ("
                    + String.join(", ", new TreeSet<>(server.tlsProtocols())) + ")") + "." + NL + "Send for real: acquire send --help" + NL);
            out.flush();
        }
    }

    /** The answer's ids; the mail answer names no contact, so the one addressed stands in. */
    private static void sent(TextTable table, Transport transport, ContactId addressed, SentMessage m) {
        table.row(transport.cliName(), m.channel().wireName(), m.id().toString(),
                m.caseId().map(CaseId::toString).orElse(null), m.contactId().orElse(addressed).toString(), "sent");
    }

    /** By bare case id, so that the domain cannot know the case is closed and the server decides. */
    private static void refused(TextTable table, Transport transport, AcquireClient client, CaseId closed, ContactId contact) {
        try {
            client.send(chatTo(closed, contact, "Are you still there?"));
        } catch (RequestRejectedException e) {
            table.row(transport.cliName(), "chat", null, closed.toString(), contact.toString(),
                    "refused: " + FailureMessages.statusAndCode(e) + " (case " + closed + " is closed); not sent");
            return;
        }
        throw new IllegalStateException("the demo expected the server to refuse a send to closed case " + closed);
    }

    private static void invalid(TextTable table, FakeAcquireServer server, SupportCase sms, ContactId contact) {
        int before = server.requestCount();
        try {
            smsTo(sms, contact, "555 010 9999");
        } catch (ValidationException e) {
            Violation v = e.violations().get(0);
            int after = server.requestCount();
            table.row("-", "sms", null, sms.id().toString(), contact.toString(), "invalid: " + v.field() + " " + v.rule()
                    + "; not sent, requests to the server " + before + " before, " + after + " after");
            return;
        }
        throw new IllegalStateException("the demo expected a number without a country code to be refused");
    }

    private static ChatMessage chatTo(CaseId caseId, ContactId contact, String text) {
        return ChatMessage.builder().caseId(caseId).contactId(contact).text(text).build();
    }

    private static MailMessage mailTo(SupportCase email, ContactId contact) {
        return MailMessage.builder().forCase(email).contactId(contact)
                .from(EmailAddress.parse("from", "support@acme.example"))
                .addTo(EmailAddress.parse("to", "ann@example.com"))
                .subject("Your order").htmlBody("<p>Your order has shipped.</p>")
                .build();
    }

    private static SmsMessage smsTo(SupportCase sms, ContactId contact, String to) {
        return SmsMessage.builder().forCase(sms).contactId(contact).timelineId(sms.timelineId().orElseThrow())
                .from(PhoneNumber.parse("from", "+1 555 010 0000")).to(PhoneNumber.parse("to", to))
                .text("Your order has shipped")
                .build();
    }
}
