package dev.acquire4j.domain;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A support case as acquire4j knows it: its id and status, and where known its channel, contact,
 * thread and timeline. Immutable and thread-safe; build with {@link #builder()}.
 *
 * <p>Give a case object, instead of a bare id, to a message builder's {@code forCase(...)} and the
 * message refuses to build when the case is known not to be able to receive it (see
 * {@link CasePolicy}).
 */
@Value.Immutable
public abstract class SupportCase {
    SupportCase() {}

    /** {@return the case id} */
    public abstract CaseId id();

    /** {@return the status; unknown statuses are kept and are not active} */
    public abstract CaseStatus status();

    /** {@return the channel the case is on, when known and one acquire4j sends on} */
    public abstract Optional<Channel> channel();

    /** {@return the contact the case is with, when known} */
    public abstract Optional<ContactId> contactId();

    /** {@return the thread the case belongs to, when known} */
    public abstract Optional<ThreadId> threadId();

    /** {@return the contact's timeline, which an SMS send needs, when known} */
    public abstract Optional<TimelineId> timelineId();

    @Value.Check
    void check() {
        Violations v = Violations.of("SupportCase");
        v.require(id(), "id");
        v.require(status(), "status");
        v.throwIfAny();
    }

    /** {@return a new builder; {@code id} and {@code status} are required} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SupportCase}. Not thread-safe; each attribute may be set once. */
    public static final class Builder extends ImmutableSupportCase.Builder {
        Builder() {}
    }
}
