package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The options of opening and closing a case and of editing a message: each broken rule named by its field. */
class LifecycleValuesTest {

    private static List<String> fields(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void anOpeningNeedsItsContactAndChecksEveryOptionSet() {
        ValidationException e = assertThrows(ValidationException.class, () -> CaseOpening.builder()
                .title(" ").firstMessage("a\0b").agentId(0).build());
        assertEquals(List.of("contactId", "title", "firstMessage", "agentId"), fields(e));
        assertEquals(List.of("title"), fields(assertThrows(ValidationException.class, () -> CaseOpening.builder()
                .contactId(ContactId.of(1)).title("two\nlines").build())));
        assertEquals(List.of("title"), fields(assertThrows(ValidationException.class, () -> CaseOpening.builder()
                .contactId(ContactId.of(1)).title("x".repeat(CaseOpening.MAX_TITLE_LENGTH + 1)).build())));
    }

    @Test
    void anOpeningKeepsWhatIsSetAndNothingElse() {
        CaseOpening bare = CaseOpening.of(ContactId.of(1));
        assertTrue(bare.isBare());
        assertEquals(OptionalLong.empty(), bare.agentId());
        CaseOpening full = CaseOpening.builder().contactId(ContactId.of(1)).title("T").channel(Channel.EMAIL)
                .firstMessage("secret text").agentId(25).build();
        assertFalse(full.isBare());
        assertEquals(OptionalLong.of(25), full.agentId());
        assertEquals(Optional.of(Channel.EMAIL), full.channel());
        assertFalse(full.toString().contains("secret text"), "the first message is masked: " + full);
        assertEquals(full, CaseOpening.builder().contactId(ContactId.of(1)).title("T").channel(Channel.EMAIL)
                .firstMessage("secret text").agentId(25).build());
    }

    @Test
    void aClosingNeedsItsCaseAndAWordForItsState() {
        assertEquals(List.of("caseId", "closingState"), fields(assertThrows(ValidationException.class,
                () -> CaseClosing.builder().closingState("not handled").build())));
        assertEquals(List.of("closingState"), fields(assertThrows(ValidationException.class,
                () -> CaseClosing.builder().caseId(CaseId.of(1)).closingState("").build())));
        CaseClosing c = CaseClosing.builder().caseId(CaseId.of(1)).closingState("handled").archive(true).build();
        assertEquals(Optional.of("handled"), c.closingState());
        assertEquals(Optional.of(true), c.archive());
        assertEquals(Optional.empty(), c.force());
    }

    @Test
    void anEditNeedsText() {
        assertEquals(List.of("text"), fields(assertThrows(ValidationException.class, () -> MessageEdit.of("  "))));
        assertEquals(List.of("text"), fields(assertThrows(ValidationException.class, () -> MessageEdit.of(null))));
        assertEquals(List.of("translateTo"), fields(assertThrows(ValidationException.class,
                () -> MessageEdit.of("x").translatedTo(null))));
        MessageEdit edit = MessageEdit.of("secret").translatedTo(LanguageTag.of("fr"));
        assertEquals(Optional.of(LanguageTag.of("fr")), edit.translateTo());
        assertFalse(edit.toString().contains("secret"), edit.toString());
    }
}
