package dev.acquire4j.domain;

/** The one rule all Acquire ids share: a positive whole number. */
final class Ids {
    private Ids() {}

    static long requirePositive(String field, long value) {
        if (value <= 0) {
            throw ValidationException.of(field, field, "must be a positive number", Long.toString(value));
        }
        return value;
    }

    static long parse(String field, String text) {
        if (text == null) {
            throw ValidationException.of(field, field, "is required", "");
        }
        try {
            return requirePositive(field, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, field, "must be a positive whole number", Redaction.plain(text));
        }
    }
}
