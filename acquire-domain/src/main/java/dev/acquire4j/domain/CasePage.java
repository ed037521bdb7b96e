package dev.acquire4j.domain;

import java.util.List;
import org.immutables.value.Value;

/**
 * One page of a case list answer, with the page data Acquire sent beside the cases
 * ({@code page}, {@code offset}, {@code limit}, {@code count}). Immutable and thread-safe.
 *
 * <p>{@link #count()} is how many cases match the query in all; {@link #partial()} says when this
 * page holds fewer, so that a caller never mistakes the first page for the whole list.
 */
@Value.Immutable
public abstract class CasePage {
    CasePage() {}

    /** {@return the page number Acquire answered with (the first page is 0)} */
    public abstract long page();

    /** {@return how many matching cases come before this page} */
    public abstract long offset();

    /** {@return the most cases Acquire puts on one page} */
    public abstract long limit();

    /** {@return how many cases match the query in all, on every page} */
    public abstract long count();

    /** {@return the cases on this page, in the order listed} */
    public abstract List<ListedCase> cases();

    /** {@return whether the query matches more cases than this page holds ({@code cases().size() < count()})} */
    public boolean partial() {
        return cases().size() < count();
    }

    @Value.Check
    void check() {
        Violations v = Violations.of("CasePage");
        v.addIf(page() < 0, "page", "must not be negative", Long.toString(page()));
        v.addIf(offset() < 0, "offset", "must not be negative", Long.toString(offset()));
        v.addIf(limit() < 0, "limit", "must not be negative", Long.toString(limit()));
        v.addIf(count() < 0, "count", "must not be negative", Long.toString(count()));
        v.throwIfAny();
    }

    /** {@return a new builder; the four page numbers are required} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CasePage}. Not thread-safe; each attribute may be set once. */
    public static final class Builder extends ImmutableCasePage.Builder {
        Builder() {}
    }
}
