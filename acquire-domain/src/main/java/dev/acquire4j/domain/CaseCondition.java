package dev.acquire4j.domain;

import java.util.Objects;

/**
 * One condition of a case list query: {@code column operator value}, sent as
 * {@code where=column|operator|value} (the case list page's syntax, e.g. {@code status|eq|active}).
 * Immutable and thread-safe.
 *
 * @param column the column compared
 * @param operator how it is compared
 * @param value the value it is compared with, as text
 */
public record CaseCondition(CaseColumn column, CaseOperator operator, String value) {
    /** The longest value accepted, in characters. */
    public static final int MAX_VALUE_LENGTH = 200;

    /**
     * Checks the condition.
     *
     * @param column the column compared
     * @param operator how it is compared
     * @param value the value it is compared with
     * @throws ValidationException naming {@code column}, {@code operator} or {@code value} and the rule broken
     */
    public CaseCondition {
        Violations v = Violations.of("CaseCondition");
        check(v, "", column, operator, value);
        v.throwIfAny();
    }

    /**
     * Records what is wrong with a condition's parts.
     *
     * @param v where the violations go
     * @param prefix put before each field name, e.g. {@code "where[1]."}
     * @param column the column, possibly {@code null}
     * @param operator the operator, possibly {@code null}
     * @param value the value, possibly {@code null}
     */
    static void check(Violations v, String prefix, CaseColumn column, CaseOperator operator, String value) {
        v.require(column, prefix + "column");
        v.require(operator, prefix + "operator");
        if (!v.require(value, prefix + "value")) {
            return;
        }
        String shown = column != null && column.holdsId() ? Redaction.plain(shorten(value)) : Redaction.text(value);
        if (value.isBlank()) {
            v.add(prefix + "value", "must not be blank", "");
        } else if (value.length() > MAX_VALUE_LENGTH) {
            v.add(prefix + "value", "must be at most " + MAX_VALUE_LENGTH + " characters", "");
        } else if (value.indexOf('|') >= 0) {
            v.add(prefix + "value", "must not contain '|', which separates column, operator and value", shown);
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            v.add(prefix + "value", "must not contain control characters", "");
        } else if (column != null && column.holdsId() && !isId(value)) {
            v.add(prefix + "value", "must be a positive whole number, as " + column.wireName() + " holds an id", shown);
        }
    }

    /** {@return the condition as the {@code where} parameter carries it, e.g. {@code contactId|eq|5}} */
    public String wireForm() {
        return column.wireName() + '|' + operator.wireName() + '|' + value;
    }

    /** {@return the condition with the value shown only for id columns, which are not personal data} */
    @Override
    public String toString() {
        return column.wireName() + '|' + operator.wireName() + '|' + (column.holdsId() ? value : Redaction.text(value));
    }

    private static boolean isId(String value) {
        if (value.length() > 18 || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(value) > 0;
    }

    private static String shorten(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }

    /**
     * {@return a condition that a column equals a value}
     *
     * @param column the column
     * @param value the value
     * @throws ValidationException if the value breaks a rule
     */
    public static CaseCondition equal(CaseColumn column, String value) {
        return new CaseCondition(Objects.requireNonNull(column, "column"), CaseOperator.EQ, value);
    }
}
