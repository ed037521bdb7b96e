package dev.acquire4j.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A case list query ({@code GET /api/v1/crm/objects/case}): conditions ({@code where}, all of which
 * a case must meet), the columns to ask for ({@code select}; none means Acquire's default), the
 * relations to come with each case ({@code relations}) and the page to start at. Immutable and
 * thread-safe; build with {@link #builder()}, which checks everything before any request is made.
 *
 * <pre>{@code
 * CaseQuery active = CaseQuery.builder()
 *         .where(CaseColumn.CONTACT_ID, CaseOperator.EQ, "597759")
 *         .where(CaseColumn.STATUS, CaseOperator.EQ, "active")
 *         .relations(CaseRelation.TIMELINE)
 *         .build();
 * }</pre>
 */
public final class CaseQuery {
    private final List<CaseCondition> where;
    private final Set<CaseColumn> select;
    private final Set<CaseRelation> relations;
    private final long page;

    private CaseQuery(List<CaseCondition> where, Set<CaseColumn> select, Set<CaseRelation> relations, long page) {
        this.where = List.copyOf(where);
        this.select = Collections.unmodifiableSet(
                select.isEmpty() ? EnumSet.noneOf(CaseColumn.class) : EnumSet.copyOf(select));
        this.relations = Collections.unmodifiableSet(
                relations.isEmpty() ? EnumSet.noneOf(CaseRelation.class) : EnumSet.copyOf(relations));
        this.page = page;
    }

    /** {@return a new builder: no conditions (every case), no select, no relations, page 0} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the conditions, in the order given; all must hold} */
    public List<CaseCondition> where() {
        return where;
    }

    /** {@return the columns asked for, in column order; empty for Acquire's default} */
    public Set<CaseColumn> select() {
        return select;
    }

    /** {@return the relations asked for, in relation order} */
    public Set<CaseRelation> relations() {
        return relations;
    }

    /** {@return the page to fetch; the first page is 0} */
    public long page() {
        return page;
    }

    /**
     * {@return the same query for another page}
     *
     * @param page the page, 0 or more
     * @throws ValidationException if the page is negative
     */
    public CaseQuery atPage(long page) {
        if (page < 0) {
            throw ValidationException.of("CaseQuery", "page", "must not be negative", Long.toString(page));
        }
        return new CaseQuery(where, select, relations, page);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseQuery q && q.where.equals(where) && q.select.equals(select)
                && q.relations.equals(relations) && q.page == page;
    }

    @Override
    public int hashCode() {
        return Objects.hash(where, select, relations, page);
    }

    /** {@return the query, with values of columns that are not ids masked} */
    @Override
    public String toString() {
        return "CaseQuery{where=" + where + ", select=" + select + ", relations=" + relations + ", page=" + page + "}";
    }

    /** Builds a {@link CaseQuery}. Not thread-safe. */
    public static final class Builder {
        private final List<Object[]> where = new ArrayList<>();
        private final List<CaseColumn> select = new ArrayList<>();
        private final List<CaseRelation> relations = new ArrayList<>();
        private long page;

        private Builder() {}

        /**
         * Adds a condition; every condition must hold. Checked by {@link #build()}.
         *
         * @param column the column compared
         * @param operator how it is compared
         * @param value the value, as text: a positive whole number for a column that holds an id
         * @return this builder
         */
        public Builder where(CaseColumn column, CaseOperator operator, String value) {
            where.add(new Object[] {column, operator, value});
            return this;
        }

        /**
         * Adds the condition that a column equals a value.
         *
         * @param column the column
         * @param value the value, as text
         * @return this builder
         */
        public Builder whereEquals(CaseColumn column, String value) {
            return where(column, CaseOperator.EQ, value);
        }

        /**
         * Asks for these columns of each case, besides any asked before; {@code id} must be one of them.
         *
         * @param columns the columns
         * @return this builder
         */
        public Builder select(CaseColumn... columns) {
            select.addAll(List.of(columns));
            return this;
        }

        /**
         * Asks for these relations with each case, besides any asked before.
         *
         * @param more the relations
         * @return this builder
         */
        public Builder relations(CaseRelation... more) {
            relations.addAll(List.of(more));
            return this;
        }

        /**
         * Sets the page to fetch (default 0, the first).
         *
         * @param page 0 or more
         * @return this builder
         */
        public Builder page(long page) {
            this.page = page;
            return this;
        }

        /**
         * {@return the query}
         *
         * @throws ValidationException naming every field that breaks a rule, e.g. {@code where[1].value}
         */
        public CaseQuery build() {
            Violations v = Violations.of("CaseQuery");
            for (int i = 0; i < where.size(); i++) {
                Object[] c = where.get(i);
                CaseCondition.check(v, "where[" + i + "].", (CaseColumn) c[0], (CaseOperator) c[1], (String) c[2]);
            }
            v.addIf(select.contains(null), "select", "must not contain null", "");
            v.addIf(!select.isEmpty() && !select.contains(CaseColumn.ID), "select",
                    "must include id when given: every listed case is read by its id", "");
            v.addIf(relations.contains(null), "relations", "must not contain null", "");
            v.addIf(page < 0, "page", "must not be negative", Long.toString(page));
            v.throwIfAny();
            List<CaseCondition> conditions = new ArrayList<>();
            for (Object[] c : where) {
                conditions.add(new CaseCondition((CaseColumn) c[0], (CaseOperator) c[1], (String) c[2]));
            }
            return new CaseQuery(conditions, Set.copyOf(select), Set.copyOf(relations), page);
        }
    }
}
