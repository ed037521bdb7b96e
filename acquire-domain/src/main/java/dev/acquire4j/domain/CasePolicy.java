package dev.acquire4j.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules that depend on the case a message goes to, as the Acquire docs state them: only active
 * cases may receive messages; a mail needs a case on the e-mail channel; an SMS needs the case's
 * timeline. Stateless and thread-safe.
 *
 * <p>Message builders apply these rules to the case object given to {@code forCase(...)}. A message
 * built from a bare case id is not checked here: the server decides.
 */
public final class CasePolicy {
    private CasePolicy() {}

    /**
     * Lists the rules a message breaks when sent to a case.
     *
     * @param channel the message's channel
     * @param contactId the message's contact, or {@code null} if not given
     * @param timelineId the message's timeline (SMS only), or {@code null}
     * @param supportCase the case as known
     * @return the violations, empty when the case may receive the message
     */
    public static List<Violation> violations(
            Channel channel, ContactId contactId, TimelineId timelineId, SupportCase supportCase) {
        List<Violation> found = new ArrayList<>();
        CaseStatus status = supportCase.status();
        if (!status.isActive()) {
            found.add(new Violation("caseId",
                    "case " + supportCase.id() + " is " + describe(status) + "; only active cases may receive messages",
                    Redaction.plain(status.raw())));
        }
        if (channel == Channel.EMAIL) {
            Optional<Channel> caseChannel = supportCase.channel();
            if (caseChannel.isPresent() && caseChannel.get() != Channel.EMAIL) {
                found.add(new Violation("caseId", "a mail needs a case on the email channel, but case "
                        + supportCase.id() + " is on " + caseChannel.get().wireName(), ""));
            }
        }
        if (contactId != null && supportCase.contactId().isPresent() && !supportCase.contactId().get().equals(contactId)) {
            found.add(new Violation("contactId", "must be the contact of case " + supportCase.id()
                    + " (" + supportCase.contactId().get() + ")", contactId.toString()));
        }
        if (timelineId != null && supportCase.timelineId().isPresent() && !supportCase.timelineId().get().equals(timelineId)) {
            found.add(new Violation("timelineId", "must be the timeline of case " + supportCase.id()
                    + " (" + supportCase.timelineId().get() + ")", timelineId.toString()));
        }
        return found;
    }

    /**
     * Throws when a message may not go to the case it names.
     *
     * @param message the message
     * @param supportCase the case as just looked up; must be the message's case
     * @throws ValidationException listing each broken rule
     */
    public static void requireDeliverable(OutboundMessage message, SupportCase supportCase) {
        TimelineId timeline = message instanceof SmsMessage ? ((SmsMessage) message).timelineId() : null;
        List<Violation> found = new ArrayList<>();
        if (!message.caseId().equals(supportCase.id())) {
            found.add(new Violation("caseId", "must be the id of the case it is checked against ("
                    + supportCase.id() + ")", message.caseId().toString()));
        }
        found.addAll(violations(message.channel(), message.contactId(), timeline, supportCase));
        if (!found.isEmpty()) {
            throw new ValidationException(subject(message), found);
        }
    }

    /** The public type's name: getSimpleName() would give the hidden generated class. */
    private static String subject(OutboundMessage message) {
        if (message instanceof ChatMessage) {
            return "ChatMessage";
        }
        return message instanceof MailMessage ? "MailMessage" : "SmsMessage";
    }

    private static String describe(CaseStatus status) {
        switch (status.kind()) {
            case UNKNOWN:
                return "in unknown status " + Redaction.plain(status.raw());
            case QUEUE:
                return "queued";
            default:
                return status.raw();
        }
    }
}
