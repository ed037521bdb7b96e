package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.DeletedMessage;
import dev.acquire4j.domain.MessageEdit;
import dev.acquire4j.domain.MessageId;
import java.util.concurrent.CompletionStage;

/**
 * Fetches, edits and deletes stored messages without blocking the caller; the twin of
 * {@link CaseMessages}, with the same retry rules. A stage fails with the acquire4j exception
 * itself, and the methods do not throw for failures of the request. Implementations are thread-safe.
 */
public interface AsyncCaseMessages {
    /**
     * Starts fetching a message, as {@link CaseMessages#get(MessageId)} does.
     *
     * @param id the message id
     * @return a stage that completes with the message, or with the failure
     */
    CompletionStage<CaseMessage> get(MessageId id);

    /**
     * Starts editing a message, as {@link CaseMessages#edit(MessageId, MessageEdit)} does.
     *
     * @param id the message id
     * @param edit the new text
     * @return a stage that completes with the message after the edit, or with the failure
     */
    CompletionStage<CaseMessage> edit(MessageId id, MessageEdit edit);

    /**
     * Starts deleting a message, as {@link CaseMessages#delete(MessageId)} does.
     *
     * @param id the message id
     * @return a stage that completes with Acquire's answer, or with the failure
     */
    CompletionStage<DeletedMessage> delete(MessageId id);
}
