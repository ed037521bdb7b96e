package dev.acquire4j.webhooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.webhooks.events.CaseStatusChanged;
import dev.acquire4j.webhooks.events.NewCaseMessage;
import dev.acquire4j.webhooks.events.UnknownEvent;
import dev.acquire4j.webhooks.events.UserInvitedToCase;
import dev.acquire4j.webhooks.events.UserJoinedCase;
import dev.acquire4j.webhooks.events.WebhookEvent;
import dev.acquire4j.webhooks.events.WebhookParseException;
import java.util.Locale;
import java.util.Optional;

/** Turns a delivery's tree into its typed event; the look-up paths are documented on each event type. */
public final class EventReader {
    private EventReader() {}

    /**
     * {@return the event a delivery carries}
     *
     * @param delivery the parsed body
     * @throws WebhookParseException if it is not an object with a string {@code event}
     */
    public static WebhookEvent read(JsonNode delivery) {
        if (!delivery.isObject()) {
            throw new WebhookParseException("the webhook body is JSON but not an object {\"event\":...,\"data\":...}");
        }
        JsonNode name = delivery.path("event");
        if (!name.isTextual()) {
            throw new WebhookParseException("the webhook body has no \"event\" name (a JSON string)");
        }
        JsonNode data = delivery.path("data");
        String dataJson = data.isMissingNode() || data.isNull() ? null : Json.compact(data);
        Fields f = new Fields(data);
        switch (name.textValue()) {
            case CaseStatusChanged.NAME:
                return new CaseStatusChanged(caseId(f, "caseId", "id", "case.id"),
                        f.id("contactId", "contact.id", "case.contact.id").stream().mapToObj(ContactId::of).findFirst(),
                        CaseStatus.fromWire(f.text("status", "case.status").orElse("")),
                        f.text("channel", "case.channel").flatMap(Channel::fromWire),
                        f.instant("dateUpdated", "date", "timestamp"), dataJson);
            case NewCaseMessage.NAME:
                return newMessage(f, f.isObject("message") ? "message." : "", dataJson);
            case UserInvitedToCase.NAME:
                return new UserInvitedToCase(caseId(f, "caseId", "case.id"), f.id("userId", "user.id"),
                        f.instant("date", "dateCreated", "timestamp"), dataJson);
            case UserJoinedCase.NAME:
                return new UserJoinedCase(caseId(f, "caseId", "case.id"), f.id("userId", "user.id"),
                        f.instant("date", "dateCreated", "timestamp"), dataJson);
            default:
                return new UnknownEvent(name.textValue(), dataJson);
        }
    }

    /** A message is either {@code data} itself ({@code m} empty) or {@code data.message} ({@code m} "message."). */
    private static NewCaseMessage newMessage(Fields f, String m, String dataJson) {
        return new NewCaseMessage(
                f.id(m + "id", "messageId").stream().mapToObj(MessageId::of).findFirst(),
                caseId(f, m + "caseId", "caseId", "case.id"),
                f.id(m + "contactId", "contactId", "contact.id", "case.contact.id")
                        .stream().mapToObj(ContactId::of).findFirst(),
                f.id(m + "threadId", "threadId").stream().mapToObj(ThreadId::of).findFirst(),
                f.text(m + "channel", "channel", "case.channel").flatMap(Channel::fromWire),
                f.text(m + "message", m + "text"),
                f.text(m + "senderType", "senderType").flatMap(EventReader::sender),
                f.instant(m + "dateCreated", "dateCreated", "date", "timestamp"), dataJson);
    }

    private static Optional<CaseId> caseId(Fields f, String... paths) {
        return f.id(paths).stream().mapToObj(CaseId::of).findFirst();
    }

    private static Optional<SenderRole> sender(String type) {
        switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "user":
                return Optional.of(SenderRole.USER);
            case "contact":
                return Optional.of(SenderRole.CONTACT);
            default:
                return Optional.empty();
        }
    }
}
