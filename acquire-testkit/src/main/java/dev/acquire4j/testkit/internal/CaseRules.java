package dev.acquire4j.testkit.internal;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import java.util.Optional;

/**
 * The rules Acquire applies to the case a send names, in the order a server would find them.
 * Both fakes use these, which is what keeps them answering alike.
 */
final class CaseRules {
    private CaseRules() {}

    static SupportCase check(Optional<SupportCase> found, Submission s) {
        SupportCase c = found.orElseThrow(() -> Refusal.notFound("case " + s.caseId() + " not found"));
        if (!c.status().isActive()) {
            throw Refusal.invalid("case " + c.id() + " is " + c.status().raw()
                    + "; only active cases may receive messages via the API");
        }
        if (s.contactId() != null && !c.contactId().orElseThrow().equals(s.contactId())) {
            throw Refusal.invalid("contact " + s.contactId() + " is not the contact of case " + c.id());
        }
        if (s.channel() == Channel.EMAIL && c.channel().orElseThrow() != Channel.EMAIL) {
            throw Refusal.invalid("case " + c.id() + " is on the " + c.channel().orElseThrow().wireName()
                    + " channel; a mail needs a case on the email channel");
        }
        if (s.channel() == Channel.SMS && !c.timelineId().orElseThrow().equals(s.timelineId())) {
            throw Refusal.invalid("timeline " + s.timelineId() + " is not the timeline of case " + c.id());
        }
        return c;
    }
}
