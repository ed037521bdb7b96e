package dev.acquire4j.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input broke one or more rules; nothing was sent. Lists every violation at once.
 *
 * <p>Raised by value types and message builders before any I/O, and by clients for settings and
 * for sends refused by a domain policy (for example a case known to be closed).
 */
public final class ValidationException extends AcquireException {
    private static final long serialVersionUID = 1L;

    /** An unmodifiable copy (serializable, as {@link Violation} is); the declared type is not. */
    @SuppressWarnings("serial")
    private final List<Violation> violations;

    /**
     * Creates the exception for a non-empty list of violations.
     *
     * @param subject what was being validated, for the message (for example {@code "ChatMessage"})
     * @param violations every violation found, at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ValidationException(String subject, List<Violation> violations) {
        super(message(subject, violations), null);
        this.violations = List.copyOf(violations);
    }

    /**
     * Shortcut for a single violation.
     *
     * @param subject what was being validated
     * @param field the field name
     * @param rule the rule in plain words
     * @param shownValue the offending value, already masked where personal
     * @return the exception, to be thrown by the caller
     */
    public static ValidationException of(String subject, String field, String rule, String shownValue) {
        return new ValidationException(subject, List.of(new Violation(field, rule, shownValue)));
    }

    /** {@return every violation, in the order they were found; never empty} */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * {@return whether a violation names this field}
     *
     * @param field the field name to look for
     */
    public boolean hasViolationOn(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    private static String message(String subject, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        String list = violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
        return "Invalid " + subject + " (nothing was sent): " + list;
    }
}
