package dev.acquire4j.ports;

import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import java.util.concurrent.CompletionStage;

/**
 * Opens a new chat case without blocking the caller; the twin of {@link CaseOpener}. The stage fails
 * with the acquire4j exception itself, and the method does not throw for failures of the request.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface AsyncCaseOpener {
    /**
     * Starts opening a chat case, as {@link CaseOpener#open(ContactId)} does.
     *
     * @param contact the contact the case is with
     * @return a stage that completes with the new case, or with a {@link NotSentException} or an
     *     {@link OutcomeUnknownException}
     */
    CompletionStage<SupportCase> open(ContactId contact);
}
