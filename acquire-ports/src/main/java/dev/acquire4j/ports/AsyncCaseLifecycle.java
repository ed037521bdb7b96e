package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseOpening;
import dev.acquire4j.domain.ClosedCase;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import java.util.concurrent.CompletionStage;

/**
 * Opens, closes and reopens cases without blocking the caller; the twin of {@link CaseLifecycle},
 * with the same retry rules. A stage fails with the acquire4j exception itself, and the methods do
 * not throw for failures of the request. Implementations are thread-safe.
 */
public interface AsyncCaseLifecycle {
    /**
     * Starts opening a case, as {@link CaseLifecycle#open(CaseOpening)} does.
     *
     * @param opening the contact and the options
     * @return a stage that completes with the new case, or with the failure
     */
    CompletionStage<SupportCase> open(CaseOpening opening);

    /**
     * Starts closing a case, as {@link CaseLifecycle#close(CaseClosing)} does.
     *
     * @param closing the case and the options
     * @return a stage that completes with Acquire's answer, or with the failure
     */
    CompletionStage<ClosedCase> close(CaseClosing closing);

    /**
     * Starts closing a case with no option set.
     *
     * @param caseId the case
     * @return a stage that completes with Acquire's answer, or with the failure
     */
    default CompletionStage<ClosedCase> close(CaseId caseId) {
        return close(CaseClosing.of(caseId));
    }

    /**
     * Starts reopening a thread, as {@link CaseLifecycle#reopen(CaseOpening, ThreadId)} does.
     *
     * @param opening the contact and the options
     * @param thread the thread of the closed case
     * @return a stage that completes with the active case of the thread, or with the failure
     */
    CompletionStage<SupportCase> reopen(CaseOpening opening, ThreadId thread);

    /**
     * Starts reopening a thread with no option set.
     *
     * @param contact the contact that owns the thread
     * @param thread the thread of the closed case
     * @return a stage that completes with the active case of the thread, or with the failure
     */
    default CompletionStage<SupportCase> reopen(ContactId contact, ThreadId thread) {
        return reopen(CaseOpening.of(contact), thread);
    }
}
