package dev.acquire4j.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.webhooks.events.CaseStatusChanged;
import dev.acquire4j.webhooks.events.NewCaseMessage;
import dev.acquire4j.webhooks.events.UnknownEvent;
import dev.acquire4j.webhooks.events.UserInvitedToCase;
import dev.acquire4j.webhooks.events.UserJoinedCase;
import dev.acquire4j.webhooks.events.WebhookEvent;
import dev.acquire4j.webhooks.events.WebhookParseException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading deliveries into typed events; see the test resources' README for where samples come from. */
class WebhookEventsTest {
    private static final Instant SAMPLE_TIME = Instant.parse("2021-03-30T16:05:46Z");

    @Test
    void readsTheSampleMessageDelivery() {
        NewCaseMessage m = (NewCaseMessage) WebhookEvents.parse(Samples.resource("case-message-new.json"));
        assertEquals("case:message:new", m.name());
        assertEquals(8289, m.messageId().orElseThrow().value());
        assertEquals(Optional.of(CaseId.of(2069)), m.caseId());
        assertEquals(Optional.of(ContactId.of(597759)), m.contactId());
        assertEquals(1875, m.threadId().orElseThrow().value());
        assertEquals(Optional.of(Channel.CHAT), m.channel());
        assertEquals(Optional.of("Hey added from the api"), m.text());
        assertEquals(Optional.of(SenderRole.USER), m.sender());
        assertEquals(Optional.of(SAMPLE_TIME), m.createdAt());
        assertTrue(m.dataJson().startsWith("{\"channel\":\"chat\",\"senderType\":\"user\""), m.dataJson());
        assertTrue(m.dataJson().contains("\"speed\":\"2.3400000000000003\""), "the rest is kept as JSON");
    }

    @Test
    void readsAMessageNestedUnderDataMessage() {
        NewCaseMessage m = (NewCaseMessage) parse("{\"event\":\"case:message:new\",\"data\":{\"message\":"
                + "{\"id\":\"77\",\"caseId\":\"12\",\"message\":\"hi\",\"channel\":\"email\",\"senderType\":\"contact\"},"
                + "\"contact\":{\"id\":5}}}");
        assertEquals(77, m.messageId().orElseThrow().value());
        assertEquals(Optional.of(CaseId.of(12)), m.caseId());
        assertEquals(Optional.of(ContactId.of(5)), m.contactId());
        assertEquals(Optional.of("hi"), m.text());
        assertEquals(Optional.of(Channel.EMAIL), m.channel());
        assertEquals(Optional.of(SenderRole.CONTACT), m.sender());
    }

    @Test
    void readsACaseStatusChangeWithAJavaScriptDateString() {
        CaseStatusChanged e = (CaseStatusChanged) parse("{\"event\":\"case:status\",\"data\":{\"id\":2069,"
                + "\"status\":\"closed\",\"channel\":\"chat\",\"contact\":{\"id\":\"597759\"},"
                + "\"dateUpdated\":\"Tue Mar 30 2021 16:05:46 GMT+0000 (Coordinated Universal Time)\"}}");
        assertEquals("case:status", e.name());
        assertEquals(Optional.of(CaseId.of(2069)), e.caseId());
        assertEquals(CaseStatus.CLOSED, e.status());
        assertEquals(Optional.of(Channel.CHAT), e.channel());
        assertEquals(Optional.of(ContactId.of(597759)), e.contactId());
        assertEquals(Optional.of(SAMPLE_TIME), e.changedAt());
    }

    @Test
    void keepsAnUnknownStatusAndAnUnknownChannel() {
        CaseStatusChanged e = (CaseStatusChanged) parse(
                "{\"event\":\"case:status\",\"data\":{\"case\":{\"id\":3,\"status\":\"snoozed\",\"channel\":\"whatsapp\"}}}");
        assertEquals(CaseStatus.Kind.UNKNOWN, e.status().kind());
        assertEquals("snoozed", e.status().raw());
        assertEquals(Optional.empty(), e.channel());
        assertEquals(Optional.of(CaseId.of(3)), e.caseId());
    }

    @Test
    void readsAnInvitationAndAJoin() {
        UserInvitedToCase invite = (UserInvitedToCase) parse("{\"event\":\"user:case-invite\",\"data\":{\"caseId\":\"2069\","
                + "\"userId\":25,\"date\":\"2021-03-30T17:05:46.000+01:00\"}}");
        assertEquals("user:case-invite", invite.name());
        assertEquals(Optional.of(CaseId.of(2069)), invite.caseId());
        assertEquals(OptionalLong.of(25), invite.userId());
        assertEquals(Optional.of(SAMPLE_TIME), invite.invitedAt());

        UserJoinedCase joined = (UserJoinedCase) parse("{\"event\":\"user:case-joined\",\"data\":{\"case\":{\"id\":2069},"
                + "\"user\":{\"id\":\"25\"},\"dateCreated\":\"Tue Mar 30 2021 18:05:46 GMT+0200 (Central European Summer Time)\"}}");
        assertEquals("user:case-joined", joined.name());
        assertEquals(Optional.of(CaseId.of(2069)), joined.caseId());
        assertEquals(OptionalLong.of(25), joined.userId());
        assertEquals(Optional.of(SAMPLE_TIME), joined.joinedAt());
    }

    @Test
    void keepsAnUnknownEventWhole() {
        WebhookEvent e = parse("{\"event\":\"agent:status\",\"data\":{\"userId\":25,  \"status\":\"available\"}}");
        UnknownEvent unknown = assertInstanceOf(UnknownEvent.class, e);
        assertEquals("agent:status", unknown.name());
        assertEquals("{\"userId\":25,\"status\":\"available\"}", unknown.dataJson());
        assertNull(((UnknownEvent) parse("{\"event\":\"ping\"}")).dataJson());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2069", "\"2069\"", "\" 2069 \"", "2069.0"})
    void readsIdsAsNumbersOrDecimalText(String id) {
        CaseStatusChanged e = (CaseStatusChanged) parse("{\"event\":\"case:status\",\"data\":{\"caseId\":" + id + "}}");
        assertEquals(Optional.of(CaseId.of(2069)), e.caseId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "\"abc\"", "\"\"", "1.5", "null", "true", "{}", "99999999999999999999",
        "\"+12\"", "\"\uff11\""})
    void leavesUnusableIdsAbsent(String id) {
        CaseStatusChanged e = (CaseStatusChanged) parse("{\"event\":\"case:status\",\"data\":{\"caseId\":" + id + "}}");
        assertEquals(Optional.empty(), e.caseId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-03-30T16:05:46.000Z", "2021-03-30T16:05:46Z", "2021-03-30T18:05:46+02:00",
        "Tue Mar 30 2021 16:05:46 GMT+0000 (Coordinated Universal Time)", "Tue Mar 30 2021 16:05:46 GMT+0000",
        "Tue Mar 30 2021 11:05:46 GMT-0500 (Eastern Standard Time)", "Tue, 30 Mar 2021 16:05:46 GMT"})
    void readsIsoAndJavaScriptTimestamps(String text) {
        assertEquals(Optional.of(SAMPLE_TIME), statusChangedAt("\"" + text + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yesterday\"", "\"Wed Mar 30 2021 16:05:46 GMT+0000\"", "\"2021-03-30\"",
        "\"2021-13-30T16:05:46Z\"", "1617120346000", "null", "\"\""})
    void leavesUnreadableTimestampsAbsent(String value) {
        assertEquals(Optional.empty(), statusChangedAt(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "{\"event\":", "[1,2]", "\"case:status\"", "{\"data\":{}}",
        "{\"event\":42}", "{\"event\":\"a\"} {}", "{\"event\":\"a\",\"event\":\"b\"}"})
    void refusesWhatIsNotADeliveryWithOurOwnException(String body) {
        WebhookParseException e = assertThrows(WebhookParseException.class, () -> parse(body));
        assertNull(e.getCause(), "no Jackson type escapes");
    }

    @Test
    void neverQuotesTheBodyInAParseError() {
        WebhookParseException e = assertThrows(WebhookParseException.class,
                () -> parse("{\"event\":\"x\",\"data\":{\"email\":\"ann@example.com\" oops}}"));
        assertFalse(e.getMessage().contains("ann@example.com"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void keepsMessageTextAndDataOutOfToString() {
        WebhookEvent e = WebhookEvents.parse(Samples.resource("case-message-new.json"));
        assertFalse(e.toString().contains("Hey added"), e.toString());
        assertFalse(e.toString().contains("user@example.com"), e.toString());
        assertTrue(e.toString().contains("caseId=Optional[2069]"), e.toString());
    }

    private static Optional<Instant> statusChangedAt(String value) {
        return ((CaseStatusChanged) parse("{\"event\":\"case:status\",\"data\":{\"dateUpdated\":" + value + "}}"))
                .changedAt();
    }

    private static WebhookEvent parse(String body) {
        return WebhookEvents.parse(Samples.utf8(body));
    }
}
