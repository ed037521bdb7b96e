package dev.acquire4j.protocol;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.ports.PagingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One walk through every page of a case list, guarded so that it always ends: the caller fetches
 * the query {@link #next(CasePage)} names until it names none. Each answer must be the page asked
 * for, bring only cases not read yet, and not be empty before the first answer's {@code count} is
 * reached; and the walk stops after as many pages as that count and the first page's size allow. A
 * server that ignores the page parameter, repeats a page or sends empty ones ends the walk with a
 * {@link PagingException}, never a hang or a list passed off as whole. Not thread-safe: one walk, one
 * caller at a time (the async walk hands it from stage to stage).
 */
public final class CasePaging {
    private final List<ListedCase> cases = new ArrayList<>();
    private final Set<CaseId> seen = new HashSet<>();
    private CaseQuery requested;
    private long target = -1;
    private long count;
    private long pagesLeft;

    /**
     * Starts a walk.
     *
     * @param first the query of the first page to fetch
     */
    public CasePaging(CaseQuery first) {
        this.requested = Objects.requireNonNull(first, "first");
    }

    /** {@return the query of the first page} */
    public CaseQuery first() {
        return requested;
    }

    /**
     * Takes the answer to the last query named and says what to fetch next.
     *
     * @param answer the page Acquire answered
     * @return the next page's query, or empty when every case has been read
     * @throws PagingException if the pages do not advance as asked
     */
    public Optional<CaseQuery> next(CasePage answer) {
        Objects.requireNonNull(answer, "answer");
        long asked = requested.page();
        if (answer.page() != asked) {
            throw stop("the answer is another page than the one asked for, so the page parameter is not honoured", answer);
        }
        if (target < 0) {
            count = answer.count();
            target = Math.max(0, answer.count() - answer.offset());
            long size = Math.max(answer.cases().size(), 1);
            pagesLeft = (target + size - 1) / size;
        }
        if (answer.cases().isEmpty() && cases.size() < target) {
            throw stop("an empty page came before all matching cases were read", answer);
        }
        for (ListedCase c : answer.cases()) {
            if (!seen.add(c.supportCase().id())) {
                throw stop("the page repeats case " + c.supportCase().id() + ", already read", answer);
            }
            cases.add(c);
        }
        pagesLeft--;
        if (cases.size() >= target) {
            return Optional.empty();
        }
        if (pagesLeft <= 0) {
            throw stop("the pages the first answer's count allows are read, and cases are still missing", answer);
        }
        requested = requested.atPage(asked + 1);
        return Optional.of(requested);
    }

    /** {@return every case read so far, in page order} */
    public List<ListedCase> cases() {
        return List.copyOf(cases);
    }

    private PagingException stop(String reason, CasePage answer) {
        return new PagingException(reason, requested.page(), answer.page(), cases.size(), target < 0 ? answer.count() : count);
    }
}
