package dev.acquire4j.domain;

/**
 * The id of a support case (the API's caseId; the SMS endpoint calls it threadId). Always positive. Immutable and thread-safe.
 *
 * @param value the id as Acquire numbers it
 */
public record CaseId(long value) {
    /**
     * Checks the id.
     *
     * @param value the id as Acquire numbers it
     * @throws ValidationException if {@code value} is not positive
     */
    public CaseId {
        Ids.requirePositive("caseId", value);
    }

    /**
     * {@return the id for a number}
     *
     * @param value a positive number
     * @throws ValidationException if {@code value} is not positive
     */
    public static CaseId of(long value) {
        return new CaseId(value);
    }

    /**
     * {@return the id for its decimal text, e.g. from a command line or a webhook}
     *
     * @param text a positive whole number in decimal
     * @throws ValidationException if the text is not a positive whole number
     */
    public static CaseId parse(String text) {
        return new CaseId(Ids.parse("caseId", text));
    }

    /** {@return the decimal number, as it travels on the wire} */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
