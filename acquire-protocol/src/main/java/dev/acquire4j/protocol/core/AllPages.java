package dev.acquire4j.protocol.core;

import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.protocol.AcquireProtocol;
import dev.acquire4j.protocol.CasePaging;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Reads every page of a case list query, blocking or async, through the {@link CasePaging} guard:
 * each page is one operation (its own deadline and retries), and the walk ends when the guard says
 * every case is read, or fails with its {@code PagingException}. Stateless and thread-safe.
 */
final class AllPages {
    private AllPages() {}

    static List<ListedCase> blocking(Operations ops, CaseQuery query) {
        AcquireProtocol protocol = ops.protocol();
        CasePaging paging = new CasePaging(Objects.requireNonNull(query, "query"));
        Optional<CaseQuery> next = Optional.of(paging.first());
        while (next.isPresent()) {
            next = paging.next(ops.run(protocol.listCases(next.get())));
        }
        return paging.cases();
    }

    /** The stage fails with the acquire4j exception itself (a failed page's, or the guard's), never wrapped. */
    static CompletionStage<List<ListedCase>> async(Operations ops, CaseQuery query) {
        CompletableFuture<List<ListedCase>> result = new CompletableFuture<>();
        try {
            CasePaging paging = new CasePaging(Objects.requireNonNull(query, "query"));
            step(ops, paging, paging.first(), result);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    private static void step(Operations ops, CasePaging paging, CaseQuery page, CompletableFuture<List<ListedCase>> result) {
        ops.start(() -> ops.protocol().listCases(page)).whenComplete((answer, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            Optional<CaseQuery> next;
            try {
                next = paging.next(answer);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            if (next.isPresent()) {
                step(ops, paging, next.get(), result);
            } else {
                result.complete(paging.cases());
            }
        });
    }
}
