package dev.acquire4j.jdk.examples;

import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.CaseOpening;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MessageEdit;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;

/**
 * The README's samples of the case lifecycle and of stored messages. {@code LifecycleExamplesTest}
 * runs them against the fake server, and {@code ReadmeSamplesTest} checks the README shows each
 * tagged region exactly as written here.
 */
final class LifecycleExamples {
    private LifecycleExamples() {}

    static SupportCase openWithOptions(AcquireClient acquire, long contactId) {
        // tag::open-case[]
        CaseOpening opening = CaseOpening.builder()
                .contactId(ContactId.of(contactId))
                .title("Order 1042")
                .firstMessage("Hello, this is about your order 1042.")   // stored on the new case
                .build();                                                  // validates; throws before any I/O
        SupportCase opened = acquire.caseLifecycle().open(opening);      // never retried on an unknown outcome
        // end::open-case[]
        return opened;
    }

    static SentMessage closeThenReopen(AcquireClient acquire, SupportCase active) {
        // tag::close-reopen[]
        acquire.caseLifecycle().close(CaseClosing.builder()
                .caseId(active.id())
                .closingState("handled")
                .askFeedback(true)
                .build());
        // Later: a closed case refuses messages (HTTP 400). Reopening its thread gives a new active case.
        SupportCase reopened = acquire.caseLifecycle().reopen(
                active.contactId().orElseThrow(), active.threadId().orElseThrow());
        SentMessage sent = acquire.chat().send(ChatMessage.builder()
                .caseId(reopened.id())                                    // the new case, not the closed one
                .contactId(reopened.contactId().orElseThrow())
                .text("We are back on your order.")
                .build());
        // end::close-reopen[]
        return sent;
    }

    static CaseMessage correctThenDelete(AcquireClient acquire, long messageId, long mistakeId) {
        // tag::stored-messages[]
        MessageId id = MessageId.of(messageId);
        CaseMessage before = acquire.caseMessages().get(id);              // text, sender, case, dates
        CaseMessage after = acquire.caseMessages().edit(id, MessageEdit.of(before.text().orElse("").replace("shiped", "shipped")));
        acquire.caseMessages().delete(MessageId.of(mistakeId));          // for good; never retried
        // end::stored-messages[]
        return after;
    }
}
