package dev.acquire4j.ports;

/** How a confirmation of an unknown outcome ended; told to {@link OperationListener#confirmationFinished}. */
public enum ConfirmationOutcome {
    /** The case holds the message: the send was stored. */
    FOUND,
    /** The case does not hold it: it was not stored (and, when automatic, is sent again). */
    NOT_FOUND,
    /** The case could not be read: the outcome stays unknown. */
    FAILED
}
