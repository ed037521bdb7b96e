package dev.acquire4j.testkit.internal;

import dev.acquire4j.domain.CaseColumn;
import dev.acquire4j.domain.CaseCondition;
import dev.acquire4j.domain.CaseOperator;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.faults.PagingFault;
import java.util.List;
import java.util.function.Predicate;

/**
 * The fake account's case list, for both fakes: which cases a query's conditions match, and which
 * of them one page holds, with the page data of the answer ({@code page}, {@code offset},
 * {@code limit}, {@code count}), honouring or breaking the page parameter as the account is told.
 * Stateless and thread-safe.
 */
public final class CaseListing {
    private CaseListing() {}

    /**
     * One page of a case list.
     *
     * @param page the page number the answer names
     * @param offset how many matching cases come before it
     * @param limit the page size
     * @param count how many cases match in all
     * @param cases the cases on the page
     */
    public record Slice(long page, long offset, long limit, long count, List<SupportCase> cases) {}

    /**
     * {@return a test of one condition on the columns the fake account holds}
     *
     * @param c the condition
     * @throws Refusal for a column the fake account does not hold, or an operator other than {@code eq}
     */
    public static Predicate<SupportCase> matcher(CaseCondition c) {
        if (c.operator() != CaseOperator.EQ) {
            throw Refusal.invalid("where: the docs show only the operator eq");
        }
        String value = c.value();
        return switch (c.column()) {
            case ID -> s -> Long.toString(s.id().value()).equals(value);
            case CONTACT_ID -> s -> s.contactId().map(id -> Long.toString(id.value()).equals(value)).orElse(false);
            case STATUS -> s -> s.status().raw().equals(value);
            case PARENT_ID -> s -> s.threadId().map(id -> Long.toString(id.value()).equals(value)).orElse(false);
            default -> throw Refusal.invalid("where: the fake account holds no column " + c.column().wireName()
                    + "; it filters on id, contactId, status and parentId");
        };
    }

    /**
     * {@return the cases a set of conditions matches: all must hold}
     *
     * @param cases every case, in the order added
     * @param where the conditions
     */
    public static List<SupportCase> matching(List<SupportCase> cases, List<CaseCondition> where) {
        Predicate<SupportCase> all = s -> true;
        for (CaseCondition c : where) {
            all = all.and(matcher(c));
        }
        return cases.stream().filter(all).toList();
    }

    /**
     * {@return the page of the matching cases a request asks for, as the account answers it}
     *
     * @param found the matching cases
     * @param asked the page asked for (0 when the request names none)
     * @param size the account's page size
     * @param fault how the account mishandles paging, or {@code null}
     */
    public static Slice page(List<SupportCase> found, long asked, int size, PagingFault fault) {
        long count = found.size();
        long served = fault == PagingFault.IGNORE_PAGE || fault == PagingFault.REPEAT_PAGE ? 0 : asked;
        long named = fault == PagingFault.IGNORE_PAGE ? 0 : asked;
        long from = Math.min(count, served * size);
        long to = Math.min(count, from + size);
        List<SupportCase> cases = fault == PagingFault.EMPTY_PAGES && asked > 0 ? List.of()
                : found.subList((int) from, (int) to);
        return new Slice(named, Math.min(count, named * size), size, count, cases);
    }

    /**
     * {@return the column of a name as the docs write it}
     *
     * @param name a column name such as {@code contactId}
     * @param field the parameter it came in, for the refusal
     * @throws Refusal for a name the case list page does not document
     */
    public static CaseColumn column(String name, String field) {
        CaseColumn c = CaseColumn.fromWireName(name);
        if (c == null) {
            throw Refusal.invalid(field + ": unknown column " + name + "; the case list page documents "
                    + java.util.Arrays.stream(CaseColumn.values()).map(CaseColumn::wireName).toList());
        }
        return c;
    }
}
