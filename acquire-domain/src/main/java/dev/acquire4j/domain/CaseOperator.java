package dev.acquire4j.domain;

/**
 * The operator of a case list condition ({@code where=column|operator|value}). The case list page
 * documents one operator, {@code eq}, in its example {@code status|eq|active}; no other is offered
 * until Acquire documents it.
 */
public enum CaseOperator {
    /** {@code eq}: the column equals the value. */
    EQ("eq");

    private final String wireName;

    CaseOperator(String wireName) {
        this.wireName = wireName;
    }

    /** {@return the operator as the docs write it, e.g. {@code eq}} */
    public String wireName() {
        return wireName;
    }

    /**
     * {@return the operator with this name, case-sensitively, or {@code null}}
     *
     * @param wireName a name such as {@code eq}
     */
    public static CaseOperator fromWireName(String wireName) {
        for (CaseOperator o : values()) {
            if (o.wireName.equals(wireName)) {
                return o;
            }
        }
        return null;
    }
}
