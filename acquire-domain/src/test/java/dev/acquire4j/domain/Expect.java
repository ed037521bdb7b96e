package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;

/** Assertions on {@link ValidationException}s shared by the domain tests. */
final class Expect {
    private Expect() {}

    /** Runs the code, expects a ValidationException and returns it. */
    static ValidationException invalid(Executable code) {
        return assertThrows(ValidationException.class, code);
    }

    /** Asserts that exactly one violation names the field and that its rule contains the words. */
    static Violation violation(ValidationException e, String field, String ruleContains) {
        var matching = e.violations().stream()
                .filter(v -> v.field().equals(field) && v.rule().contains(ruleContains))
                .collect(Collectors.toList());
        if (matching.size() != 1) {
            fail("expected one violation on '" + field + "' containing '" + ruleContains + "' but got " + e.violations());
        }
        assertTrue(e.getMessage().contains(field + ": "), () -> "message names the field: " + e.getMessage());
        return matching.get(0);
    }

    /** Asserts the exception holds exactly these fields, in this order. */
    static void fields(ValidationException e, String... fields) {
        assertEquals(java.util.List.of(fields),
                e.violations().stream().map(Violation::field).collect(Collectors.toList()),
                () -> "violations: " + e.violations());
    }

    /** Asserts that neither the message nor any violation shows the secret in clear. */
    static void hides(ValidationException e, String secret) {
        assertFalse(e.getMessage().contains(secret), () -> "message shows '" + secret + "': " + e.getMessage());
        for (Violation v : e.violations()) {
            assertFalse(v.shownValue().contains(secret), () -> "violation shows '" + secret + "': " + v);
        }
    }
}
