package dev.acquire4j.cli;

import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.AcquireClient;

/**
 * The demo's case-lifecycle rows: the thread of the closed case is reopened, the new active case
 * takes the message the closed one refused, and is closed again so that the next transport starts
 * from a closed thread too.
 */
final class DemoReopening {
    private DemoReopening() {}

    /**
     * Reopens the closed case's thread, sends to the reopened case, closes it; one row each.
     *
     * @param table the demo's table
     * @param transport the transport of the client
     * @param client the client
     * @param closed the closed case
     */
    static void run(TextTable table, Transport transport, AcquireClient client, SupportCase closed) {
        ContactId contact = closed.contactId().orElseThrow();
        ThreadId thread = closed.threadId().orElseThrow();
        SupportCase reopened = client.caseLifecycle().reopen(contact, thread);
        table.row(transport.cliName(), "chat", null, reopened.id().toString(), contact.toString(),
                "reopened: thread " + thread + " of closed case " + closed.id() + " has active case " + reopened.id());
        SentMessage sent = client.send(ChatMessage.builder().caseId(reopened.id()).contactId(contact)
                .text("Are you still there?").build());
        table.row(transport.cliName(), "chat", sent.id().toString(), reopened.id().toString(), contact.toString(),
                "sent to the reopened case");
        client.caseLifecycle().close(CaseClosing.builder().caseId(reopened.id()).closingState("handled").build());
        table.row(transport.cliName(), "chat", null, reopened.id().toString(), contact.toString(), "closed again");
    }
}
