package dev.acquire4j.protocol;

import static dev.acquire4j.protocol.Fixtures.NO_HEADERS;
import static dev.acquire4j.protocol.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseStatus;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.ports.MalformedResponseException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Tests that answers are read into {@link SentMessage}: the documented examples verbatim, leniently. */
class AnswerReadingTest {
    private final AcquireProtocol protocol = Fixtures.protocol();
    private final Call<SentMessage> chat = protocol.call(Fixtures.chat());
    private final Call<SentMessage> mail = protocol.call(Fixtures.mail());
    private final Call<SentMessage> sms = protocol.call(Fixtures.sms());

    @Test
    void documentedChatAnswer() {
        SentMessage m = protocol.read(chat, 200, NO_HEADERS, Fixtures.resource("chat-answer.json"), 1);

        assertEquals(MessageId.of(8289), m.id());
        assertEquals(Channel.CHAT, m.channel());
        assertEquals(Optional.of(CaseId.of(2069)), m.caseId());
        assertEquals(Optional.of(ThreadId.of(1875)), m.threadId());
        assertEquals(Optional.of(ContactId.of(597759)), m.contactId());
        assertEquals(Optional.empty(), m.timelineId());
        assertEquals(Optional.of(SenderRole.USER), m.senderRole());
        assertEquals(OptionalLong.of(25), m.senderId());
        assertEquals(Optional.of("message"), m.type());
        assertEquals(Optional.of("Hey added from the api"), m.text());
        assertEquals(Optional.of(false), m.seen());
        assertEquals(Optional.of(Instant.parse("2021-03-30T16:05:46Z")), m.createdAt());
        SupportCase c = m.supportCase().orElseThrow();
        assertEquals(CaseId.of(2069), c.id());
        assertEquals(CaseStatus.ACTIVE, c.status());
        assertEquals(Optional.of(Channel.CHAT), c.channel());
        assertEquals(Optional.of(ContactId.of(597759)), c.contactId(), "from case.contact.id");
        assertEquals(Optional.of(ThreadId.of(1875)), c.threadId());
        assertEquals(Optional.empty(), c.timelineId());
    }

    @Test
    void documentedMailAnswer() {
        SentMessage m = protocol.read(mail, 200, NO_HEADERS, Fixtures.resource("mail-answer.json"), 1);

        assertEquals(MessageId.of(407), m.id());
        assertEquals(Channel.EMAIL, m.channel());
        assertEquals(Optional.of(CaseId.of(90)), m.caseId());
        assertEquals(Optional.empty(), m.contactId());
        assertEquals(Optional.empty(), m.threadId());
        assertEquals(Optional.of(SenderRole.USER), m.senderRole());
        assertEquals(OptionalLong.of(93), m.senderId());
        assertEquals(Optional.of("message"), m.type());
        assertTrue(m.text().orElseThrow().startsWith("<div class=\"content-writer\" data-reactroot=\"\">test api email</div>"));
        assertEquals(Optional.of(false), m.seen());
        assertEquals(Optional.of(Instant.parse("2021-03-12T09:21:20Z")), m.createdAt());
        assertEquals(Optional.empty(), m.supportCase());
    }

    @Test
    void documentedSmsAnswer() {
        SentMessage m = protocol.read(sms, 200, NO_HEADERS, Fixtures.resource("sms-answer.json"), 1);

        assertEquals(MessageId.of(8653), m.id(), "caseMessageId, not the SMS record's id 339");
        assertEquals(Channel.SMS, m.channel());
        assertEquals(Optional.of(CaseId.of(2219)), m.caseId());
        assertEquals(Optional.of(ContactId.of(751069)), m.contactId());
        assertEquals(Optional.of(TimelineId.of(2108)), m.timelineId());
        assertEquals(Optional.of(ThreadId.of(2207)), m.threadId(), "the case's thread, not the envelope's threadId (the case id)");
        assertEquals(Optional.of(SenderRole.USER), m.senderRole());
        assertEquals(OptionalLong.of(28), m.senderId());
        assertEquals(Optional.of("sms"), m.type());
        assertEquals(Optional.of("SMS by myuser"), m.text());
        assertEquals(Optional.of(true), m.seen());
        assertEquals(Optional.of(Instant.parse("2021-04-01T16:35:05Z")), m.createdAt());
        SupportCase c = m.supportCase().orElseThrow();
        assertEquals(CaseId.of(2219), c.id());
        assertEquals(CaseStatus.ACTIVE, c.status());
        assertEquals(Optional.of(Channel.CHAT), c.channel());
        assertEquals(Optional.of(ContactId.of(751069)), c.contactId());
        assertEquals(Optional.of(ThreadId.of(2207)), c.threadId());
        assertEquals(Optional.of(TimelineId.of(2108)), c.timelineId());
    }

    @Test
    void unknownFieldsAndNullsAreIgnored() {
        SentMessage m = read(chat, "{\"meta\":{\"x\":[1,{\"y\":null}]},\"data\":{\"id\":5,\"future\":{\"a\":[true]},"
                + "\"caseId\":null,\"threadId\":null,\"contactId\":null,\"senderType\":null,\"senderId\":null,"
                + "\"type\":null,\"message\":null,\"seen\":null,\"dateCreated\":null,\"case\":null},\"extra\":1}");
        assertEquals(MessageId.of(5), m.id());
        assertEquals(Optional.empty(), m.caseId());
        assertEquals(Optional.empty(), m.senderRole());
        assertEquals(OptionalLong.empty(), m.senderId());
        assertEquals(Optional.empty(), m.text());
        assertEquals(Optional.empty(), m.seen());
        assertEquals(Optional.empty(), m.createdAt());
        assertEquals(Optional.empty(), m.supportCase());
    }

    @Test
    void numericStringsAndFlagWordsAreAccepted() {
        SentMessage m = read(chat, "{\"data\":{\"id\":\"8289\",\"caseId\":\" 2069 \",\"senderId\":\"25\",\"seen\":\"yes\","
                + "\"senderType\":\"CONTACT\",\"case\":{\"id\":\"2069\",\"status\":\"Active\",\"contactId\":\"7\"}}}");
        assertEquals(MessageId.of(8289), m.id());
        assertEquals(Optional.of(CaseId.of(2069)), m.caseId());
        assertEquals(OptionalLong.of(25), m.senderId());
        assertEquals(Optional.of(true), m.seen());
        assertEquals(Optional.of(SenderRole.CONTACT), m.senderRole());
        assertEquals(Optional.of(ContactId.of(7)), m.supportCase().orElseThrow().contactId());
        assertTrue(m.supportCase().orElseThrow().status().isActive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "\"no\"", "\"yes\"", "1", "0", "\"false\"", "false"})
    void seenFlagForms(String json) {
        boolean expected = json.equals("true") || json.equals("\"yes\"") || json.equals("1");
        assertEquals(Optional.of(expected), read(chat, "{\"data\":{\"id\":1,\"seen\":" + json + "}}").seen());
    }

    @Test
    void oddValuesBecomeAbsentInsteadOfFailing() {
        SentMessage m = read(chat, "{\"data\":{\"id\":1,\"caseId\":-4,\"threadId\":\"abc\",\"contactId\":1.5,"
                + "\"senderId\":99999999999999999999,\"seen\":\"maybe\",\"dateCreated\":\"yesterday\","
                + "\"senderType\":\"bot\",\"message\":{\"html\":\"x\"},\"case\":[1,2]}}");
        assertEquals(MessageId.of(1), m.id());
        assertEquals(Optional.empty(), m.caseId());
        assertEquals(Optional.empty(), m.threadId());
        assertEquals(Optional.empty(), m.contactId());
        assertEquals(OptionalLong.empty(), m.senderId());
        assertEquals(Optional.empty(), m.seen());
        assertEquals(Optional.empty(), m.createdAt());
        assertEquals(Optional.empty(), m.senderRole());
        assertEquals(Optional.empty(), m.text());
        assertEquals(Optional.empty(), m.supportCase());
    }

    @Test
    void unknownCaseStatusIsKeptAndChannelNamesAreMapped() {
        SupportCase c = read(sms, "{\"data\":{\"cas\":{\"id\":3,\"status\":\"snoozed\",\"channel\":\"voip\"},"
                + "\"data\":{\"id\":1,\"caseMessageId\":2}}}").supportCase().orElseThrow();
        assertEquals(CaseStatus.Kind.UNKNOWN, c.status().kind());
        assertEquals("snoozed", c.status().raw());
        assertFalse(c.status().isActive());
        assertEquals(Optional.of(Channel.SMS), c.channel());
    }

    @Test
    void caseWithoutStatusGivesNoSnapshot() {
        SentMessage m = read(chat, "{\"data\":{\"id\":1,\"case\":{\"id\":3,\"threadId\":4}}}");
        assertEquals(Optional.empty(), m.supportCase());
        assertEquals(Optional.of(CaseId.of(3)), m.caseId(), "the case id still names the message's case");
        assertEquals(Optional.of(ThreadId.of(4)), m.threadId());
    }

    @Test
    void idFallsBackToIdWhenThereIsNoCaseMessageId() {
        assertEquals(MessageId.of(339), read(sms, "{\"data\":{\"data\":{\"id\":339}}}").id());
        assertEquals(MessageId.of(10), read(mail, "{\"data\":{\"id\":10,\"caseMessageId\":null}}").id());
    }

    @Test
    void dateWithAnOffsetIsReadAsAnInstant() {
        assertEquals(Optional.of(Instant.parse("2021-03-30T14:05:46Z")),
                read(chat, "{\"data\":{\"id\":1,\"dateCreated\":\"2021-03-30T16:05:46+02:00\"}}").createdAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "<html>502 Bad Gateway</html>", "{\"data\":", "{\"data\":{\"id\":1}",
            "[]", "\"data\"", "null", "{}", "{\"data\":null}", "{\"data\":[{\"id\":1}]}", "{\"data\":{}}",
            "{\"data\":{\"id\":0}}", "{\"data\":{\"id\":\"x\"}}", "{\"data\":{\"id\":1}} trailing", "{\"data\":{\"id\":1,}}",
            "{\"data\":{\"message\":\"no id\",\"caseId\":5}}"})
    void unreadableSuccessIsMalformedResponse(String body) {
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> protocol.read(chat, 200, NO_HEADERS, utf8(body), 2));
        assertTrue(e.mayHaveBeenSent());
        assertEquals(200, e.status().getAsInt());
        assertEquals(2, e.attempts());
        assertEquals(null, e.getCause(), "no Jackson exception inside");
        assertFalse(e.getMessage().contains("com.fasterxml"));
    }

    @Test
    void emptyOr204AnswerIsMalformed() {
        assertThrows(MalformedResponseException.class, () -> protocol.read(chat, 204, NO_HEADERS, new byte[0], 1));
        assertThrows(MalformedResponseException.class, () -> protocol.read(chat, 200, NO_HEADERS, null, 1));
    }

    @Test
    void invalidUtf8IsMalformedNotAnError() {
        byte[] body = {'{', '"', 'd', 'a', 't', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThrows(MalformedResponseException.class, () -> protocol.read(chat, 200, NO_HEADERS, body, 1));
    }

    @Test
    void deeplyNestedJunkIsMalformedNotAStackOverflow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThrows(MalformedResponseException.class,
                () -> protocol.read(chat, 200, NO_HEADERS, utf8("{\"data\":{\"id\":1,\"x\":" + deep + "}}"), 1));
    }

    @Test
    void anyTwoHundredStatusIsASuccess() {
        assertEquals(MessageId.of(1), protocol.read(chat, 201, NO_HEADERS, utf8("{\"data\":{\"id\":1}}"), 1).id());
    }

    private SentMessage read(Call<SentMessage> request, String body) {
        return protocol.read(request, 200, NO_HEADERS, utf8(body), 1);
    }
}
