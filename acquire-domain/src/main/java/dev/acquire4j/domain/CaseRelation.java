package dev.acquire4j.domain;

/**
 * A relation a case list query asks to come with each case ({@code relations=}). Of the relations
 * the case list page lists, these are the ones acquire4j reads into a {@link ListedCase}; asking for
 * one whose data would be dropped is not offered.
 */
public enum CaseRelation {
    /** {@code contact}: gives the case's contact id. */
    CONTACT("contact"),
    /** {@code messages}: the case's stored messages ({@link ListedCase#messages()}). */
    MESSAGES("messages"),
    /** {@code timeline}: gives the case's timeline id, which an SMS needs. */
    TIMELINE("timeline");

    private final String wireName;

    CaseRelation(String wireName) {
        this.wireName = wireName;
    }

    /** {@return the relation as the docs write it, e.g. {@code messages}} */
    public String wireName() {
        return wireName;
    }
}
