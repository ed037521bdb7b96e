package dev.acquire4j.domain;

/**
 * The id of a contact's timeline, which an SMS send needs. Always positive. Immutable and thread-safe.
 *
 * @param value the id as Acquire numbers it
 */
public record TimelineId(long value) {
    /**
     * Checks the id.
     *
     * @param value the id as Acquire numbers it
     * @throws ValidationException if {@code value} is not positive
     */
    public TimelineId {
        Ids.requirePositive("timelineId", value);
    }

    /**
     * {@return the id for a number}
     *
     * @param value a positive number
     * @throws ValidationException if {@code value} is not positive
     */
    public static TimelineId of(long value) {
        return new TimelineId(value);
    }

    /**
     * {@return the id for its decimal text, e.g. from a command line or a webhook}
     *
     * @param text a positive whole number in decimal
     * @throws ValidationException if the text is not a positive whole number
     */
    public static TimelineId parse(String text) {
        return new TimelineId(Ids.parse("timelineId", text));
    }

    /** {@return the decimal number, as it travels on the wire} */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
