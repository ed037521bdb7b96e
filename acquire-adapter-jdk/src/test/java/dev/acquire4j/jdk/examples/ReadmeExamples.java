package dev.acquire4j.jdk.examples;

import dev.acquire4j.domain.CaseColumn;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.CaseOperator;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.CaseRelation;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.PhoneNumber;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.PagingException;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's code samples. {@code ReadmeExamplesTest} runs them against the fake server and
 * checks that the README shows each tagged region exactly as written here, so the samples cannot rot.
 */
final class ReadmeExamples {
    private ReadmeExamples() {}

    static ClientSettings settingsForAccount() {
        // tag::settings[]
        ClientSettings settings = ClientSettings.builder()
                .account("acme")                                        // https://acme.acquire.io
                .apiKey(ApiKey.of(System.getenv("ACQUIRE_API_KEY")))    // never hard-code the key
                .build();
        // end::settings[]
        return settings;
    }

    static SentMessage sendChat(ClientSettings settings, long caseId, long contactId) {
        // tag::chat[]
        try (AcquireClient acquire = JdkAcquireClient.builder().settings(settings).build()) {
            ChatMessage message = ChatMessage.builder()
                    .caseId(CaseId.of(caseId))
                    .contactId(ContactId.of(contactId))
                    .text("Your order has shipped.")
                    .build();                                  // validates; throws before any I/O
            SentMessage sent = acquire.chat().send(message);
            return sent;                                       // sent.id(), sent.caseId(), ...
        }
        // end::chat[]
    }

    static SentMessage sendMail(AcquireClient acquire, long caseId, long contactId) {
        // tag::mail[]
        MailMessage mail = MailMessage.builder()
                .caseId(CaseId.of(caseId))
                .contactId(ContactId.of(contactId))
                .from(EmailAddress.parse("support@acme.example"))     // an inbox connected to Acquire
                .addTo(EmailAddress.parse("ann@example.com"))
                .subject("Your order")
                .htmlBody("<p>It has shipped.</p>")
                .build();
        return acquire.mail().send(mail);
        // end::mail[]
    }

    static SentMessage sendSms(AcquireClient acquire, long caseId, long contactId, long timelineId) {
        // tag::sms[]
        SmsMessage sms = SmsMessage.builder()
                .caseId(CaseId.of(caseId))                     // the API calls it threadId
                .contactId(ContactId.of(contactId))
                .timelineId(TimelineId.of(timelineId))
                .from(PhoneNumber.parse("+1 (251) 318-8609"))  // normalised to +12513188609
                .to(PhoneNumber.parse("+91 96669 29552"))
                .text("Your order has shipped.")
                .build();
        // sms.body().segments() tells what it costs before it is sent
        return acquire.sms().send(sms);
        // end::sms[]
    }

    static SentMessage findIdsAndText(AcquireClient acquire, long contactId) {
        // tag::find-ids[]
        ContactId contact = ContactId.of(contactId);
        // The contact's active cases, each with its timeline: a relation of the case list only.
        CaseQuery active = CaseQuery.builder()
                .whereEquals(CaseColumn.CONTACT_ID, contact.toString())
                .whereEquals(CaseColumn.STATUS, "active")
                .relations(CaseRelation.TIMELINE)
                .build();
        SupportCase target = acquire.cases().listAll(active).stream()
                .map(ListedCase::supportCase)
                .filter(c -> c.timelineId().isPresent())
                .findFirst()
                // None came back with a timeline: open a chat case, whose answer names its timeline.
                .orElseGet(() -> acquire.caseOpener().open(contact));
        SmsMessage sms = SmsMessage.builder()
                .caseId(target.id())                             // the server picked active cases
                .contactId(contact)
                .timelineId(target.timelineId().orElseThrow())
                .from(PhoneNumber.parse("+12513188609"))
                .to(PhoneNumber.parse("+919666929552"))
                .text("Your order has shipped.")
                .build();
        return acquire.sms().send(sms);
        // end::find-ids[]
    }

    static List<CaseId> activeCasesOf(AcquireClient acquire, long contactId) {
        // tag::case-query[]
        CaseQuery query = CaseQuery.builder()
                .whereEquals(CaseColumn.CONTACT_ID, Long.toString(contactId))   // every condition must hold
                .where(CaseColumn.STATUS, CaseOperator.EQ, "active")
                .relations(CaseRelation.CONTACT, CaseRelation.TIMELINE)
                .build();                                    // checked here: nothing is sent if it is wrong
        CasePage first = acquire.cases().list(query);        // one page, with Acquire's page data
        String onPage = first.cases().size() + " of " + first.count() + " on page " + first.page()
                + (first.partial() ? ", more on later pages" : "");
        List<CaseId> ids = new ArrayList<>();
        try {
            for (ListedCase c : acquire.cases().listAll(query)) {   // every page, each case once
                ids.add(c.supportCase().id());
            }
        } catch (PagingException e) {
            // The server did not page as asked (ignored the page, repeated or emptied one): stopped.
            throw new IllegalStateException("case list incomplete: " + e.getMessage(), e);
        }
        // end::case-query[]
        if (!onPage.contains(" of " + ids.size() + " on page 0")) {
            throw new AssertionError("the first page's count is the whole list's: " + onPage);
        }
        return ids;
    }

    static List<String> storedMessages(AcquireClient acquire, long caseId) {
        // tag::case-messages[]
        ListedCase found = acquire.cases().withMessages(CaseId.of(caseId))
                .orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        List<String> lines = new ArrayList<>();
        for (CaseMessage m : found.messages()) {
            // channel, sender role, type and content as stored: chat/SMS text, mail HTML body and subject
            lines.add(m.id() + " " + m.channel().orElse(null) + " from " + m.senderRole().orElse(null)
                    + ": " + m.text().orElse("") + m.subject().map(s -> " (" + s + ")").orElse(""));
        }
        // end::case-messages[]
        return lines;
    }

    static String sendAndHandleFailures(AcquireClient acquire, ChatMessage message) {
        // tag::failures[]
        try {
            return "stored as " + acquire.chat().send(message).id();
        } catch (NotSentException e) {
            // Certainly not stored (refused, unreachable, out of retries): safe to send again later.
            return "not sent: " + e.getMessage();
        } catch (OutcomeUnknownException e) {
            // May have been stored (timeout, reset, 5xx): check the case before sending again.
            return "unknown: " + e.getMessage();
        }
        // end::failures[]
    }

    static SentMessage sendAsync(AcquireClient acquire, ChatMessage message) {
        // tag::async[]
        SentMessage sent = acquire.async().chat().send(message)   // CompletionStage<SentMessage>
                .toCompletableFuture()
                .join();                                         // or compose it; fails with our types
        // end::async[]
        return sent;
    }
}
