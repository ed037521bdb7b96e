package dev.acquire4j.ports;

import dev.acquire4j.domain.AcquireException;

/**
 * Reading every page of a case list stopped because the pages did not advance as asked: Acquire
 * answered another page than the one requested (it ignored the page parameter), repeated a case
 * already read, sent an empty page before the answer's {@code count} was reached, or went on past
 * the pages the first answer's {@code count} allows. Ending here, rather than looping or returning
 * what was read as if it were the whole list, is the point: nothing is silently skipped.
 *
 * <p>Immutable. Nothing was changed on the server: case lists only read.
 */
public final class PagingException extends AcquireException {
    private static final long serialVersionUID = 1L;

    /** The page last asked for. */
    private final long requestedPage;
    /** The page number the last answer named. */
    private final long answeredPage;
    /** How many distinct cases were read before stopping. */
    private final int casesRead;
    /** How many cases the first answer said match the query. */
    private final long count;

    /**
     * Creates the exception.
     *
     * @param reason what went wrong, in one sentence
     * @param requestedPage the page last asked for
     * @param answeredPage the page number the last answer named
     * @param casesRead how many distinct cases were read before stopping
     * @param count how many cases the first answer said match the query
     */
    public PagingException(String reason, long requestedPage, long answeredPage, int casesRead, long count) {
        super("Case list paging stopped: " + reason + " (asked for page " + requestedPage + ", answered page "
                + answeredPage + ", " + casesRead + " of " + count + " cases read).", null);
        this.requestedPage = requestedPage;
        this.answeredPage = answeredPage;
        this.casesRead = casesRead;
        this.count = count;
    }

    /** {@return the page last asked for (the first page is 0)} */
    public long requestedPage() {
        return requestedPage;
    }

    /** {@return the page number the last answer named} */
    public long answeredPage() {
        return answeredPage;
    }

    /** {@return how many distinct cases were read before stopping} */
    public int casesRead() {
        return casesRead;
    }

    /** {@return how many cases the first answer said match the query} */
    public long count() {
        return count;
    }
}
