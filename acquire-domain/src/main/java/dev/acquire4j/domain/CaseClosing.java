package dev.acquire4j.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to close a case: the case (required) and the options Acquire's close request takes. An
 * option not set is not sent, and Acquire applies its own default. Immutable and thread-safe.
 *
 * <pre>{@code
 * CaseClosing closing = CaseClosing.builder()
 *     .caseId(CaseId.of(2069))
 *     .closingState("handled")
 *     .askFeedback(true)
 *     .build();
 * }</pre>
 */
public final class CaseClosing {
    /** A closing state: a word of letters, digits, {@code _} or {@code -}, at most 64 characters. */
    private static final Pattern STATE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final CaseId caseId;
    private final String closingState;
    private final Boolean archive;
    private final Boolean askFeedback;
    private final Boolean leaveOnly;
    private final Boolean force;

    private CaseClosing(Builder b) {
        this.caseId = b.caseId;
        this.closingState = b.closingState;
        this.archive = b.archive;
        this.askFeedback = b.askFeedback;
        this.leaveOnly = b.leaveOnly;
        this.force = b.force;
    }

    /**
     * {@return a closing of the case with no option set: the body names the case only}
     *
     * @param caseId the case
     */
    public static CaseClosing of(CaseId caseId) {
        return builder().caseId(caseId).build();
    }

    /** {@return a new builder; nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the case to close} */
    public CaseId caseId() {
        return caseId;
    }

    /** {@return how the case ended, e.g. {@code handled}, if set} */
    public Optional<String> closingState() {
        return Optional.ofNullable(closingState);
    }

    /** {@return whether to archive the case, if set} */
    public Optional<Boolean> archive() {
        return Optional.ofNullable(archive);
    }

    /** {@return whether to ask the contact for feedback, if set} */
    public Optional<Boolean> askFeedback() {
        return Optional.ofNullable(askFeedback);
    }

    /** {@return whether the agent only leaves the case instead of closing it for everyone, if set} */
    public Optional<Boolean> leaveOnly() {
        return Optional.ofNullable(leaveOnly);
    }

    /** {@return whether to close even when Acquire would otherwise keep the case open, if set} */
    public Optional<Boolean> force() {
        return Optional.ofNullable(force);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseClosing other && caseId.equals(other.caseId)
                && Objects.equals(closingState, other.closingState) && Objects.equals(archive, other.archive)
                && Objects.equals(askFeedback, other.askFeedback) && Objects.equals(leaveOnly, other.leaveOnly)
                && Objects.equals(force, other.force);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, closingState, archive, askFeedback, leaveOnly, force);
    }

    @Override
    public String toString() {
        return "CaseClosing[caseId=" + caseId + ", closingState=" + closingState + ", archive=" + archive
                + ", askFeedback=" + askFeedback + ", leaveOnly=" + leaveOnly + ", force=" + force + "]";
    }

    /** Builds a {@link CaseClosing}; not thread-safe. */
    public static final class Builder {
        private CaseId caseId;
        private String closingState;
        private Boolean archive;
        private Boolean askFeedback;
        private Boolean leaveOnly;
        private Boolean force;

        private Builder() {}

        /**
         * Sets the case (required).
         *
         * @param caseId the case
         * @return this builder
         */
        public Builder caseId(CaseId caseId) {
            this.caseId = caseId;
            return this;
        }

        /**
         * Sets how the case ended, e.g. {@code handled}: letters, digits, {@code _} or {@code -}, 1 to 64 characters.
         *
         * @param state the closing state
         * @return this builder
         */
        public Builder closingState(String state) {
            this.closingState = state;
            return this;
        }

        /**
         * Sets whether to archive the case ({@code "yes"}/{@code "no"} on the wire).
         *
         * @param archive whether to archive
         * @return this builder
         */
        public Builder archive(boolean archive) {
            this.archive = archive;
            return this;
        }

        /**
         * Sets whether to ask the contact for feedback.
         *
         * @param ask whether to ask
         * @return this builder
         */
        public Builder askFeedback(boolean ask) {
            this.askFeedback = ask;
            return this;
        }

        /**
         * Sets whether the agent only leaves the case, leaving it open for others.
         *
         * @param leaveOnly whether to leave only
         * @return this builder
         */
        public Builder leaveOnly(boolean leaveOnly) {
            this.leaveOnly = leaveOnly;
            return this;
        }

        /**
         * Sets whether to force the close.
         *
         * @param force whether to force it
         * @return this builder
         */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /**
         * Checks every field and builds the closing.
         *
         * @return the closing
         * @throws ValidationException naming every field that breaks its rule
         */
        public CaseClosing build() {
            Violations v = Violations.of("case closing");
            v.require(caseId, "caseId");
            v.addIf(closingState != null && !STATE.matcher(closingState).matches(), "closingState",
                    "must be 1 to 64 letters, digits, '_' or '-'", closingState == null ? "" : Redaction.visible(closingState));
            v.throwIfAny();
            return new CaseClosing(this);
        }
    }
}
