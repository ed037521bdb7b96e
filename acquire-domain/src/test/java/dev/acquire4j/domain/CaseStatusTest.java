package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseStatusTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"active, ACTIVE", "ACTIVE, ACTIVE", "' Active ', ACTIVE", "closed, CLOSED", "close, CLOSED",
        "pending, PENDING", "queue, QUEUE", "queued, QUEUE", "Queued, QUEUE"})
    void readsTheKnownStatuses(String raw, CaseStatus.Kind kind) {
        CaseStatus status = CaseStatus.fromWire(raw);
        assertEquals(kind, status.kind());
        assertEquals(kind.name().toLowerCase(java.util.Locale.ROOT), status.raw());
        assertEquals(kind == CaseStatus.Kind.ACTIVE, status.isActive());
    }

    @Test
    void knownStatusesAreTheConstants() {
        assertSame(CaseStatus.ACTIVE, CaseStatus.fromWire("active"));
        assertSame(CaseStatus.CLOSED, CaseStatus.fromWire("close"));
        assertSame(CaseStatus.PENDING, CaseStatus.fromWire("pending"));
        assertSame(CaseStatus.QUEUE, CaseStatus.fromWire("queued"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"archived", "Snoozed", "activated", "in-active", "open"})
    void keepsUnknownStatusesRawAndNotActive(String raw) {
        CaseStatus status = CaseStatus.fromWire(raw);
        assertEquals(CaseStatus.Kind.UNKNOWN, status.kind());
        assertEquals(raw, status.raw());
        assertEquals(raw, status.toString());
        assertFalse(status.isActive());
    }

    @Test
    void readsNullAndBlankAsUnknownWithEmptyRaw() {
        assertEquals(new CaseStatus(CaseStatus.Kind.UNKNOWN, ""), CaseStatus.fromWire(null));
        assertEquals(new CaseStatus(CaseStatus.Kind.UNKNOWN, ""), CaseStatus.fromWire("  "));
        assertFalse(CaseStatus.fromWire(null).isActive());
    }

    @Test
    void onlyActiveIsActive() {
        assertTrue(CaseStatus.ACTIVE.isActive());
        assertFalse(CaseStatus.CLOSED.isActive());
        assertFalse(CaseStatus.PENDING.isActive());
        assertFalse(CaseStatus.QUEUE.isActive());
    }

    @Test
    void refusesNullComponents() {
        assertThrows(NullPointerException.class, () -> new CaseStatus(null, "x"));
        assertThrows(NullPointerException.class, () -> new CaseStatus(CaseStatus.Kind.ACTIVE, null));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"chat, CHAT", "CHAT, CHAT", "' chat ', CHAT", "email, EMAIL", "mail, EMAIL", "Mail, EMAIL",
        "sms, SMS", "voip, SMS", "VOIP, SMS"})
    void readsChannelNames(String raw, Channel channel) {
        assertEquals(Optional.of(channel), Channel.fromWire(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "facebook", "", "e-mail", "chats"})
    void leavesChannelsItDoesNotSendOnEmpty(String raw) {
        assertEquals(Optional.empty(), Channel.fromWire(raw));
        assertEquals(Optional.empty(), Channel.fromWire(null));
    }

    @Test
    void wireNamesAreLowerCase() {
        assertEquals("chat", Channel.CHAT.wireName());
        assertEquals("email", Channel.EMAIL.wireName());
        assertEquals("sms", Channel.SMS.wireName());
        assertEquals("user", SenderRole.USER.wireName());
        assertEquals("contact", SenderRole.CONTACT.wireName());
        assertEquals("message", ChatMessageType.MESSAGE.wireName());
        assertEquals("note", ChatMessageType.NOTE.wireName());
        assertEquals("event", ChatMessageType.EVENT.wireName());
    }
}
