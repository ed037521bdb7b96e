package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A case query is typed and checked when built, with errors naming the field and the rule. */
class CaseQueryTest {

    @Test
    void keepsSeveralConditionsInOrderWithSelectRelationsAndPage() {
        CaseQuery q = CaseQuery.builder()
                .whereEquals(CaseColumn.CONTACT_ID, "597759")
                .where(CaseColumn.STATUS, CaseOperator.EQ, "active")
                .select(CaseColumn.STATUS, CaseColumn.ID)
                .relations(CaseRelation.TIMELINE, CaseRelation.MESSAGES)
                .page(2)
                .build();
        assertEquals(List.of("contactId|eq|597759", "status|eq|active"),
                q.where().stream().map(CaseCondition::wireForm).toList());
        assertEquals(List.of(CaseColumn.ID, CaseColumn.STATUS), List.copyOf(q.select()), "column order");
        assertEquals(List.of(CaseRelation.MESSAGES, CaseRelation.TIMELINE), List.copyOf(q.relations()));
        assertEquals(2, q.page());
        assertEquals(3, q.atPage(3).page());
        assertEquals(q, q.atPage(3).atPage(2));
        assertTrue(CaseQuery.builder().build().where().isEmpty(), "no condition: every case");
    }

    @Test
    void everyBrokenRuleIsNamedByItsField() {
        ValidationException e = assertThrows(ValidationException.class, () -> CaseQuery.builder()
                .whereEquals(CaseColumn.CONTACT_ID, "abc")
                .where(CaseColumn.STATUS, null, "active")
                .whereEquals(CaseColumn.TITLE, "a|b")
                .whereEquals(CaseColumn.STATUS, " ")
                .select(CaseColumn.STATUS)
                .page(-1)
                .build());
        assertTrue(e.hasViolationOn("where[0].value"), e.getMessage());
        assertTrue(e.hasViolationOn("where[1].operator"), e.getMessage());
        assertTrue(e.hasViolationOn("where[2].value"), e.getMessage());
        assertTrue(e.hasViolationOn("where[3].value"), e.getMessage());
        assertTrue(e.hasViolationOn("select"), e.getMessage());
        assertTrue(e.hasViolationOn("page"), e.getMessage());
        assertTrue(e.getMessage().contains("positive whole number"), e.getMessage());
        assertTrue(e.getMessage().contains("'|'"), e.getMessage());
        assertThrows(ValidationException.class, () -> CaseQuery.builder().build().atPage(-1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "12a", "1234567890123456789", "", "5\n"})
    void anIdColumnTakesOnlyAPositiveWholeNumber(String value) {
        ValidationException e = assertThrows(ValidationException.class, () -> CaseCondition.equal(CaseColumn.ID, value));
        assertTrue(e.hasViolationOn("value"), e.getMessage());
    }

    @Test
    void valuesOfColumnsThatAreNotIdsAreNotShown() {
        CaseQuery q = CaseQuery.builder().whereEquals(CaseColumn.TITLE, "Ann Smith's refund").build();
        assertFalse(q.toString().contains("Ann"), q.toString());
        ValidationException e = assertThrows(ValidationException.class,
                () -> CaseCondition.equal(CaseColumn.DESCRIPTION, "Ann|Smith"));
        assertFalse(e.getMessage().contains("Ann"), e.getMessage());
        assertTrue(CaseCondition.equal(CaseColumn.CONTACT_ID, "42").toString().contains("42"));
    }

    @Test
    void wireNamesRoundTrip() {
        for (CaseColumn c : CaseColumn.values()) {
            assertEquals(c, CaseColumn.fromWireName(c.wireName()));
        }
        assertEquals(CaseOperator.EQ, CaseOperator.fromWireName("eq"));
        assertEquals(null, CaseOperator.fromWireName("EQ"));
        assertEquals(Set.of("contact", "messages", "timeline"),
                Set.of(CaseRelation.values()).stream().map(CaseRelation::wireName).collect(java.util.stream.Collectors.toSet()));
    }
}
