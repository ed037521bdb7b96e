package dev.acquire4j.protocol;

import static dev.acquire4j.protocol.Fixtures.NO_HEADERS;
import static dev.acquire4j.protocol.Fixtures.resource;
import static dev.acquire4j.protocol.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.CaseOpening;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ClosedCase;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.DeletedMessage;
import dev.acquire4j.domain.MessageEdit;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.protocol.spi.WireRequest;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lifecycle and stored-message calls: their requests, and the docs' answer examples (copied verbatim) read back. */
class LifecycleCallsTest {
    private final AcquireProtocol protocol = Fixtures.protocol();

    private static String text(byte[] body) {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void eachOperationSaysWhetherARetryAfterAnUnknownOutcomeIsSafe() {
        assertFalse(Operation.OPEN_CASE.idempotent());
        assertFalse(Operation.CLOSE_CASE.idempotent());
        assertFalse(Operation.REOPEN_CASE.idempotent());
        assertTrue(Operation.GET_MESSAGE.idempotent());
        assertTrue(Operation.EDIT_MESSAGE.idempotent());
        assertFalse(Operation.DELETE_MESSAGE.idempotent());
    }

    @Test
    void openSendsOnlyTheOptionsSetAndReopenAddsTheThread() {
        CaseOpening opening = CaseOpening.builder().contactId(ContactId.of(7)).title("T").firstMessage("Hi").build();
        WireRequest open = protocol.openCase(opening).request();
        assertEquals("http://127.0.0.1:8080/acquire/api/v1/crm/messenger/chat/create?contactId=7", open.uri().toString());
        assertEquals("{\"title\":\"T\",\"source\":\"firstMessage\",\"message\":{\"type\":\"message\",\"message\":\"Hi\"}}",
                text(open.body()));
        assertEquals(Operation.OPEN_CASE, open.operation());
        WireRequest reopen = protocol.reopenCase(CaseOpening.of(ContactId.of(7)), ThreadId.of(1683)).request();
        assertEquals("{\"threadId\":1683}", text(reopen.body()));
        assertEquals(Operation.REOPEN_CASE, reopen.operation());
        assertEquals("POST /api/v1/crm/messenger/chat/create", reopen.endpoint());
    }

    @Test
    void closeSendsTheCaseAndTheOptionsSet() {
        WireRequest bare = protocol.closeCase(CaseClosing.of(CaseId.of(5))).request();
        assertEquals("http://127.0.0.1:8080/acquire/api/v1/crm/messenger/chat/close", bare.uri().toString());
        assertEquals("{\"caseId\":5}", text(bare.body()));
        WireRequest full = protocol.closeCase(CaseClosing.builder().caseId(CaseId.of(5)).closingState("handled")
                .archive(false).askFeedback(true).leaveOnly(false).force(true).build()).request();
        assertEquals("{\"caseId\":5,\"closingState\":\"handled\",\"archive\":\"no\",\"askFeedback\":true,"
                + "\"leaveOnly\":false,\"forceClose\":true}", text(full.body()));
    }

    @Test
    void theCloseExampleIsReadForTheCaseClosed() {
        ClosedCase closed = protocol.read(protocol.closeCase(CaseClosing.of(CaseId.of(5))), 200, NO_HEADERS,
                resource("case-close-answer.json"), 1);
        assertEquals(new ClosedCase(CaseId.of(5), Optional.of(ContactId.of(6)), true, true), closed);
        MalformedResponseException other = assertThrows(MalformedResponseException.class, () -> protocol.read(
                protocol.closeCase(CaseClosing.of(CaseId.of(9))), 200, NO_HEADERS, resource("case-close-answer.json"), 1));
        assertTrue(other.getMessage().contains("closed"), other.getMessage());
    }

    @Test
    void messageRequestsAreTheDocumentedOnes() {
        WireRequest get = protocol.getMessage(MessageId.of(8285)).request();
        assertEquals("GET", get.method());
        assertEquals("http://127.0.0.1:8080/acquire/api/v1/crm/objects/case-message/8285", get.uri().toString());
        assertEquals("GET /api/v1/crm/objects/case-message/{id}", get.endpoint());
        assertTrue(get.header("Content-Type").isEmpty());
        WireRequest edit = protocol.editMessage(MessageId.of(8288), MessageEdit.of("updating the sent message")).request();
        assertEquals("POST", edit.method());
        assertEquals("http://127.0.0.1:8080/acquire/api/v1/crm/messenger/chat/message/8288", edit.uri().toString());
        assertEquals("{\"message\":{\"type\":\"message\",\"message\":\"updating the sent message\"}}", text(edit.body()));
        WireRequest delete = protocol.deleteMessage(MessageId.of(8288)).request();
        assertEquals("DELETE", delete.method());
        assertEquals("DELETE /api/v1/crm/objects/case-message/{id}", delete.endpoint());
        assertEquals(0, delete.body().length);
    }

    @Test
    void theMessageExamplesAreRead() {
        CaseMessage got = protocol.read(protocol.getMessage(MessageId.of(8285)), 200, NO_HEADERS,
                resource("message-get-answer.json"), 1);
        assertEquals(MessageId.of(8285), got.id());
        assertEquals(Optional.of(CaseId.of(2068)), got.caseId());
        assertEquals(Optional.of(Channel.CHAT), got.channel());
        assertEquals(Optional.of(SenderRole.USER), got.senderRole());
        assertEquals(Optional.of("message"), got.type());
        assertEquals(Optional.of("hijk"), got.text());
        assertEquals(Optional.of(Instant.parse("2021-03-30T15:15:52Z")), got.createdAt());
        assertEquals(Optional.of(Instant.parse("2021-03-30T15:16:02Z")), got.updatedAt());
        CaseMessage edited = protocol.read(protocol.editMessage(MessageId.of(8288), MessageEdit.of("x")), 200, NO_HEADERS,
                resource("message-update-answer.json"), 1);
        assertEquals(MessageId.of(8288), edited.id());
        assertEquals(Optional.of(CaseId.of(2069)), edited.caseId(), "the top-level caseId, not the nested case's fields");
        assertEquals(Optional.of("updating the sent message"), edited.text());
        DeletedMessage deleted = protocol.read(protocol.deleteMessage(MessageId.of(8288)), 200, NO_HEADERS,
                resource("message-delete-answer.json"), 1);
        assertEquals(new DeletedMessage(MessageId.of(8288), 1), deleted);
    }

    @Test
    void answersWithoutTheRequiredFieldsAreUnreadable() {
        assertThrows(MalformedResponseException.class, () -> protocol.read(protocol.getMessage(MessageId.of(1)), 200,
                NO_HEADERS, utf8("{\"data\":{\"id\":1}}"), 1));
        assertThrows(MalformedResponseException.class, () -> protocol.read(protocol.deleteMessage(MessageId.of(1)), 200,
                NO_HEADERS, utf8("{\"data\":{}}"), 1));
        assertThrows(MalformedResponseException.class, () -> protocol.read(protocol.closeCase(CaseClosing.of(CaseId.of(1))),
                200, NO_HEADERS, utf8("{\"data\":[]}"), 1));
        SupportCase opened = protocol.read(protocol.openCase(CaseOpening.of(ContactId.of(597752))), 200, NO_HEADERS,
                resource("case-create-answer.json"), 1);
        assertEquals(Optional.of(ThreadId.of(1683)), opened.threadId());
    }
}
