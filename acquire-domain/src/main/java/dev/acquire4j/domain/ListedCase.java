package dev.acquire4j.domain;

import java.util.List;
import org.immutables.value.Value;

/**
 * One case of a case list answer, with the relations the query asked for. Immutable and
 * thread-safe.
 *
 * <p>{@link #messages()} is empty when the query did not ask for the {@code messages} relation;
 * {@link #messagesRead()} tells the two apart from a case that has no messages.
 */
@Value.Immutable
public abstract class ListedCase {
    ListedCase() {}

    /** {@return the case: its id, status (unknown when the answer names none), channel, contact, thread and timeline as listed} */
    public abstract SupportCase supportCase();

    /** {@return whether the answer carried the case's {@code messages} relation} */
    @Value.Default
    public boolean messagesRead() {
        return false;
    }

    /** {@return the case's stored messages in the order listed; empty when not {@link #messagesRead()}} */
    public abstract List<CaseMessage> messages();

    @Value.Check
    void check() {
        Violations v = Violations.of("ListedCase");
        v.require(supportCase(), "supportCase");
        v.throwIfAny();
    }

    /** {@return a new builder; {@code supportCase} is required} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ListedCase}. Not thread-safe; each attribute may be set once. */
    public static final class Builder extends ImmutableListedCase.Builder {
        Builder() {}
    }
}
