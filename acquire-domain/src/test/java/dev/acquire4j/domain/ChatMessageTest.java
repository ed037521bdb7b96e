package dev.acquire4j.domain;

import static dev.acquire4j.domain.Cases.CASE;
import static dev.acquire4j.domain.Cases.CONTACT;
import static dev.acquire4j.domain.Cases.OTHER_CONTACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatMessageTest {
    private static final String TEXT = "Your order 1234 has shipped to Baker Street";

    private static ChatMessage.Builder valid() {
        return ChatMessage.builder().caseId(CASE).contactId(CONTACT).text(TEXT);
    }

    @Test
    void buildsWithDefaults() {
        ChatMessage m = valid().build();
        assertEquals(CASE, m.caseId());
        assertEquals(CONTACT, m.contactId());
        assertEquals(TEXT, m.text());
        assertEquals(ChatMessageType.MESSAGE, m.type());
        assertEquals(Channel.CHAT, m.channel());
        assertEquals(Optional.empty(), m.translateTo());
        assertEquals(Optional.empty(), m.senderRole());
        assertEquals(Optional.empty(), m.knownCase());
    }

    @Test
    void keepsTheOptionsGiven() {
        ChatMessage m = valid().type(ChatMessageType.NOTE).translateTo(LanguageTag.of("pt-BR"))
                .senderRole(SenderRole.CONTACT).build();
        assertEquals(ChatMessageType.NOTE, m.type());
        assertEquals(Optional.of(LanguageTag.of("pt-BR")), m.translateTo());
        assertEquals(Optional.of(SenderRole.CONTACT), m.senderRole());
    }

    @Test
    void reportsEveryMissingFieldInOneException() {
        ValidationException e = Expect.invalid(() -> ChatMessage.builder().build());
        Expect.fields(e, "caseId", "contactId", "text");
        e.violations().forEach(v -> assertEquals("is required", v.rule()));
        assertTrue(e.getMessage().startsWith("Invalid ChatMessage (nothing was sent): "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t "})
    void refusesBlankText(String text) {
        ValidationException e = Expect.invalid(() -> ChatMessage.builder().caseId(CASE).contactId(CONTACT).text(text).build());
        Expect.fields(e, "text");
        Expect.violation(e, "text", "must not be blank");
    }

    @Test
    void refusesNulCharactersWithoutShowingTheText() {
        ValidationException e = Expect.invalid(() -> ChatMessage.builder().caseId(CASE).contactId(CONTACT)
                .text("secret\0text").build());
        Violation v = Expect.violation(e, "text", "NUL");
        assertEquals("<11 chars>", v.shownValue());
        Expect.hides(e, "secret");
    }

    @Test
    void refusesANullType() {
        ValidationException e = Expect.invalid(() -> valid().type(null).build());
        Expect.violation(e, "type", "is required");
    }

    @Test
    void forCaseTakesTheIdOfAnActiveCase() {
        SupportCase c = Cases.active(Channel.CHAT);
        ChatMessage m = ChatMessage.builder().forCase(c).contactId(CONTACT).text(TEXT).build();
        assertEquals(CASE, m.caseId());
        assertEquals(Optional.of(c), m.knownCase());
    }

    static java.util.stream.Stream<Arguments> inactiveStatuses() {
        return java.util.stream.Stream.of(
                Arguments.of(CaseStatus.CLOSED, "case 2069 is closed"),
                Arguments.of(CaseStatus.PENDING, "case 2069 is pending"),
                Arguments.of(CaseStatus.QUEUE, "case 2069 is queued"),
                Arguments.of(CaseStatus.fromWire("archived"), "case 2069 is in unknown status \"archived\""),
                Arguments.of(CaseStatus.fromWire(""), "case 2069 is in unknown status \"\""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("inactiveStatuses")
    void forCaseRefusesACaseThatIsNotActiveNamingTheCaseAndStatus(CaseStatus status, String words) {
        ValidationException e = Expect.invalid(() -> ChatMessage.builder()
                .forCase(Cases.of(status, Channel.CHAT)).contactId(CONTACT).text(TEXT).build());
        Expect.fields(e, "caseId");
        Violation v = Expect.violation(e, "caseId", words);
        assertTrue(v.rule().contains("only active cases may receive messages"), v.rule());
    }

    @Test
    void forCaseRefusesACaseOfAnotherContact() {
        ValidationException e = Expect.invalid(() -> ChatMessage.builder()
                .forCase(Cases.active(Channel.CHAT)).contactId(OTHER_CONTACT).text(TEXT).build());
        Expect.fields(e, "contactId");
        Violation v = Expect.violation(e, "contactId", "must be the contact of case 2069 (597759)");
        assertEquals("7", v.shownValue());
    }

    @Test
    void collectsCaseAndTextViolationsTogether() {
        ValidationException e = Expect.invalid(() -> ChatMessage.builder()
                .forCase(Cases.of(CaseStatus.CLOSED, Channel.CHAT)).contactId(OTHER_CONTACT).text(" ").build());
        Expect.fields(e, "caseId", "contactId", "text");
    }

    @Test
    void aKnownCaseWithAnotherIdIsRefused() {
        ValidationException e = Expect.invalid(() -> ChatMessage.builder().caseId(CaseId.of(1))
                .knownCase(Cases.active(Channel.CHAT)).contactId(CONTACT).text(TEXT).build());
        Expect.violation(e, "caseId", "must be the id of the case given to forCase (2069)");
    }

    @Test
    void aCaseWithUnknownContactAndChannelIsJudgedOnItsStatusOnly() {
        SupportCase bare = SupportCase.builder().id(CASE).status(CaseStatus.ACTIVE).build();
        assertEquals(CASE, ChatMessage.builder().forCase(bare).contactId(OTHER_CONTACT).text(TEXT).build().caseId());
    }

    @Test
    void aMessageBuiltFromABareCaseIdIsNotCheckedForStatus() {
        // The id alone says nothing about the status; the server decides.
        ChatMessage m = valid().build();
        assertFalse(m.knownCase().isPresent());
    }

    @Test
    void theBuilderIsStrict() {
        assertThrows(IllegalStateException.class, () -> valid().text("again"));
        assertThrows(IllegalStateException.class, () -> ChatMessage.builder().forCase(Cases.active(Channel.CHAT)).caseId(CASE));
    }

    @Test
    void toStringNeverShowsTheText() {
        ChatMessage m = valid().build();
        assertFalse(m.toString().contains("Baker"), m.toString());
        assertFalse(m.toString().contains(TEXT), m.toString());
        assertTrue(m.toString().contains("2069"), m.toString());
    }

    @Test
    void equalMessagesAreEqual() {
        assertEquals(valid().build(), valid().build());
        assertEquals(valid().build().hashCode(), valid().build().hashCode());
    }
}
