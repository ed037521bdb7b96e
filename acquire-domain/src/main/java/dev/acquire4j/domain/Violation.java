package dev.acquire4j.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * One broken rule: which field, which rule, and the offending value as it may be shown.
 *
 * @param field the name of the field, as the builder method names it (for example {@code "to"})
 * @param rule the rule in plain words (for example {@code "must be in E.164 form: +, country code, number"})
 * @param shownValue the offending value, masked where it is personal data; empty when no value was given
 * @serial exclude
 */
public record Violation(String field, String rule, String shownValue) implements Serializable {
    /** The version of the serial form: the three components. */
    private static final long serialVersionUID = 1L;

    /**
     * Checks that field and rule are present.
     *
     * @param field the name of the field, as the builder method names it (for example {@code "to"})
     * @param rule the rule in plain words (for example {@code "must be in E.164 form: +, country code, number"})
     * @param shownValue the offending value, masked where it is personal data; empty when no value was given
     * @throws NullPointerException if any component is {@code null}
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(shownValue, "shownValue");
    }

    /** {@return the violation as one readable line, e.g. {@code to: must be in E.164 form (was "0123")}} */
    @Override
    public String toString() {
        return shownValue.isEmpty() ? field + ": " + rule : field + ": " + rule + " (was " + shownValue + ")";
    }
}
