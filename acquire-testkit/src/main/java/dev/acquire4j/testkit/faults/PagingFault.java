package dev.acquire4j.testkit.faults;

/**
 * How the fake account's case list mishandles paging, for tests of a client's guard against a
 * server that ignores the page parameter ({@link dev.acquire4j.testkit.AcquireState#breakPaging(PagingFault)}).
 */
public enum PagingFault {
    /** Every request gets the first page, named page 0, whatever page it asks for. */
    IGNORE_PAGE,
    /** Every request gets the first page's cases, named as the page it asks for. */
    REPEAT_PAGE,
    /** Every page after the first comes empty, named as the page asked for, while {@code count} says more match. */
    EMPTY_PAGES
}
