package dev.acquire4j.webhooks.examples;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.webhooks.WebhookSecret;
import dev.acquire4j.webhooks.WebhookVerificationException;
import dev.acquire4j.webhooks.WebhookVerifier;
import dev.acquire4j.webhooks.events.CaseStatusChanged;
import dev.acquire4j.webhooks.events.NewCaseMessage;
import dev.acquire4j.webhooks.events.UnknownEvent;
import dev.acquire4j.webhooks.events.WebhookEvent;
import dev.acquire4j.webhooks.events.WebhookParseException;

/** The README's webhook sample: an application's endpoint logic, for any HTTP server. */
// tag::webhook[]
final class AcquireWebhooks {
    /** What your application does with events. */
    interface Inbox {
        void message(CaseId caseId, String text);

        void closed(CaseId caseId);
    }

    private final WebhookVerifier verifier;                      // immutable, thread-safe: one per secret
    private final Inbox inbox;

    AcquireWebhooks(String secret, Inbox inbox) {
        this.verifier = WebhookVerifier.of(WebhookSecret.of(secret));   // toString never shows it
        this.inbox = inbox;
    }

    /** Call with the request body exactly as received; returns the HTTP status to answer. */
    int handle(byte[] rawBody, String signatureHeader) {         // header "x-acquire-signature"
        try {
            WebhookEvent event = verifier.verifyAndParse(rawBody, signatureHeader);
            if (event instanceof NewCaseMessage m && m.caseId().isPresent()) {
                inbox.message(m.caseId().get(), m.text().orElse(""));
            } else if (event instanceof CaseStatusChanged c && c.status().kind() == CaseStatus.Kind.CLOSED) {
                c.caseId().ifPresent(inbox::closed);
            }                                                    // else UnknownEvent etc.: event.dataJson()
            return 200;
        } catch (WebhookVerificationException e) {
            return 401;                                          // e.reason() says why; never process it
        } catch (WebhookParseException e) {
            return 400;                                          // signed, but not {"event":..,"data":..}
        }
    }
}
// end::webhook[]
