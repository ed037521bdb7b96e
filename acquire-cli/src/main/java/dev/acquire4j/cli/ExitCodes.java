package dev.acquire4j.cli;

/**
 * The exit codes of the {@code acquire} command. Each says what a script may assume about the
 * message: sent, certainly not sent, or perhaps sent.
 */
public final class ExitCodes {
    /** The message was sent (or the demo ran). */
    public static final int SENT = 0;
    /** An unexpected error inside the command: a bug, please report it. */
    public static final int INTERNAL_ERROR = 1;
    /** Bad usage or invalid input: nothing was sent. */
    public static final int INVALID = 2;
    /** Acquire refused the message (a 4xx answer): it was not sent. */
    public static final int REFUSED = 3;
    /**
     * No usable answer (timeout, 5xx, broken connection) and the case could not be read back to
     * confirm it (or {@code --no-confirm}): the message may have been sent.
     */
    public static final int OUTCOME_UNKNOWN = 4;
    /** Acquire could not be reached (connection failed, 503 maintenance): it was not sent. */
    public static final int UNREACHABLE = 5;

    /** The exit-code table shown at the end of every {@code --help}. */
    static final String[] HELP_FOOTER = {
        "",
        "Exit codes:",
        "  0  sent",
        "  2  bad usage or invalid input; nothing was sent",
        "  3  refused by the Acquire API (HTTP 4xx); not sent",
        "  4  outcome unknown (timeout, HTTP 5xx) and not confirmed: reading the case back failed,",
        "     or --no-confirm; the message may have been sent",
        "  5  could not reach the API (connection failed, 503 maintenance); not sent",
        "  1  unexpected error in the command itself",
    };

    private ExitCodes() {}
}
