package dev.acquire4j.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * The status of a support case as Acquire reports it. Unknown statuses are kept with their raw
 * text and are not active. Immutable and thread-safe.
 *
 * @param kind the status acquire4j knows, or {@link Kind#UNKNOWN}
 * @param raw the status text as received (lower case for the known ones)
 */
public record CaseStatus(Kind kind, String raw) {
    /** The statuses acquire4j knows. */
    public enum Kind {
        /** Waiting in a queue for an agent. */
        QUEUE,
        /** Pending. */
        PENDING,
        /** Active: the only status that may receive messages through the API. */
        ACTIVE,
        /** Closed. */
        CLOSED,
        /** A status this version of acquire4j does not know; see {@link CaseStatus#raw()}. */
        UNKNOWN
    }

    /** An active case. */
    public static final CaseStatus ACTIVE = new CaseStatus(Kind.ACTIVE, "active");
    /** A closed case. */
    public static final CaseStatus CLOSED = new CaseStatus(Kind.CLOSED, "closed");
    /** A pending case. */
    public static final CaseStatus PENDING = new CaseStatus(Kind.PENDING, "pending");
    /** A queued case. */
    public static final CaseStatus QUEUE = new CaseStatus(Kind.QUEUE, "queue");

    /**
     * Checks the components.
     *
     * @param kind the status acquire4j knows, or {@link Kind#UNKNOWN}
     * @param raw the status text as received (lower case for the known ones)
     * @throws NullPointerException if a component is {@code null}
     */
    public CaseStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * Reads a status as Acquire writes it ({@code active}, {@code closed}/{@code close},
     * {@code pending}, {@code queue}/{@code queued}); anything else is kept as {@link Kind#UNKNOWN}.
     *
     * @param raw the status text
     * @return the status
     */
    public static CaseStatus fromWire(String raw) {
        String text = raw == null ? "" : raw.strip();
        switch (text.toLowerCase(Locale.ROOT)) {
            case "active":
                return ACTIVE;
            case "closed":
            case "close":
                return CLOSED;
            case "pending":
                return PENDING;
            case "queue":
            case "queued":
                return QUEUE;
            default:
                return new CaseStatus(Kind.UNKNOWN, text);
        }
    }

    /** {@return whether the case may receive messages through the API} */
    public boolean isActive() {
        return kind == Kind.ACTIVE;
    }

    @Override
    public String toString() {
        return raw;
    }
}
