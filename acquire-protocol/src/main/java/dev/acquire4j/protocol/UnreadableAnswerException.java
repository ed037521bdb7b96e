package dev.acquire4j.protocol;

/**
 * A 2xx answer that cannot be read as the documented answer. Internal: {@link AcquireProtocol}
 * turns it into a {@code MalformedResponseException}. It never carries a Jackson exception, whose
 * message may quote the body.
 */
final class UnreadableAnswerException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param reason what is wrong with the body, as the end of a sentence, e.g. "is not valid JSON" */
    UnreadableAnswerException(String reason) {
        // No stack trace: this is an expected outcome of a bad answer, and it is rethrown at once.
        super(reason, null, false, false);
    }
}
