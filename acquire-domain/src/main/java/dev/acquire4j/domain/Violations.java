package dev.acquire4j.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations while a value is checked, then throws them together.
 *
 * <p>Not thread-safe: use one collector per check.
 */
public final class Violations {
    private final String subject;
    private final List<Violation> found = new ArrayList<>();

    private Violations(String subject) {
        this.subject = subject;
    }

    /**
     * {@return a new, empty collector}
     *
     * @param subject what is being checked, used in the exception message
     */
    public static Violations of(String subject) {
        return new Violations(subject);
    }

    /**
     * Records a broken rule.
     *
     * @param field the field name
     * @param rule the rule in plain words
     * @param shownValue the offending value, masked where personal; empty when there was none
     * @return this collector
     */
    public Violations add(String field, String rule, String shownValue) {
        found.add(new Violation(field, rule, shownValue));
        return this;
    }

    /**
     * Records a violation when {@code broken} is true.
     *
     * @param broken whether the rule is broken
     * @param field the field name
     * @param rule the rule in plain words
     * @param shownValue the offending value as it may be shown
     * @return this collector
     */
    public Violations addIf(boolean broken, String field, String rule, String shownValue) {
        return broken ? add(field, rule, shownValue) : this;
    }

    /**
     * Records a required field that was not given.
     *
     * @param value the value, possibly {@code null}
     * @param field the field name
     * @return {@code true} if the value is present
     */
    public boolean require(Object value, String field) {
        addIf(value == null, field, "is required", "");
        return value != null;
    }

    /**
     * Copies the violations of a failed nested check, prefixing their fields.
     *
     * @param prefix the prefix, for example {@code "to[1]"}; the nested field follows after a dot
     *     unless the nested field equals the prefix's own value field
     * @param nested the nested exception
     * @return this collector
     */
    public Violations addAll(String prefix, ValidationException nested) {
        for (Violation v : nested.violations()) {
            found.add(new Violation(prefix, v.rule(), v.shownValue()));
        }
        return this;
    }

    /** {@return whether nothing was found so far} */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * Throws a {@link ValidationException} listing every violation, if there is any.
     *
     * @throws ValidationException if at least one violation was recorded
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(subject, found);
        }
    }
}
