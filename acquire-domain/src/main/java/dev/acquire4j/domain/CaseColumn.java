package dev.acquire4j.domain;

/**
 * A column of a case that a case list query can filter on ({@code where}) or ask for
 * ({@code select}): the columns the case list page documents for {@code select}.
 */
public enum CaseColumn {
    /** {@code dateCreated}, a timestamp. */
    DATE_CREATED("dateCreated", false),
    /** {@code dateUpdated}, a timestamp. */
    DATE_UPDATED("dateUpdated", false),
    /** {@code id}, the case id. */
    ID("id", true),
    /** {@code contactId}, the case's contact. */
    CONTACT_ID("contactId", true),
    /** {@code closedBy}, who closed the case. */
    CLOSED_BY("closedBy", true),
    /** {@code visitId}, the visit the case started from. */
    VISIT_ID("visitId", true),
    /** {@code title}. */
    TITLE("title", false),
    /** {@code description}. */
    DESCRIPTION("description", false),
    /** {@code status}, such as {@code active} or {@code closed}. */
    STATUS("status", false),
    /** {@code closingState}, such as {@code handled}. */
    CLOSING_STATE("closingState", false),
    /** {@code dateQueue}, a timestamp. */
    DATE_QUEUE("dateQueue", false),
    /** {@code dateActive}, a timestamp. */
    DATE_ACTIVE("dateActive", false),
    /** {@code dateClosed}, a timestamp. */
    DATE_CLOSED("dateClosed", false),
    /** {@code queueId}, the queue the case waits in. */
    QUEUE_ID("queueId", true),
    /** {@code meta}, the case's free-form data. */
    META("meta", false),
    /** {@code parentId}, the case's thread. */
    PARENT_ID("parentId", true);

    private final String wireName;
    private final boolean holdsId;

    CaseColumn(String wireName, boolean holdsId) {
        this.wireName = wireName;
        this.holdsId = holdsId;
    }

    /** {@return the column's name as the case list page writes it, e.g. {@code contactId}} */
    public String wireName() {
        return wireName;
    }

    /** {@return whether the column holds an id, so that a condition on it takes a positive whole number} */
    public boolean holdsId() {
        return holdsId;
    }

    /**
     * {@return the column with this name as the docs write it, case-sensitively, or {@code null}}
     *
     * @param wireName a name such as {@code contactId}
     */
    public static CaseColumn fromWireName(String wireName) {
        for (CaseColumn c : values()) {
            if (c.wireName.equals(wireName)) {
                return c;
            }
        }
        return null;
    }
}
