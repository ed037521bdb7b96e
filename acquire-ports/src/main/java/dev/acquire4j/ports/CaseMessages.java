package dev.acquire4j.ports;

import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.DeletedMessage;
import dev.acquire4j.domain.MessageEdit;
import dev.acquire4j.domain.MessageId;

/**
 * Fetches, edits and deletes messages already stored on a case, and waits for Acquire's answer.
 * Fetching changes nothing and an edit carries the whole new text (a repeat leaves the message as
 * one edit does), so both are repeated after an unknown outcome; a deletion is not (a repeat after
 * one that took effect would answer that the message is unknown). Implementations are thread-safe.
 */
public interface CaseMessages {
    /**
     * Fetches one message ({@code GET /api/v1/crm/objects/case-message/{id}}).
     *
     * @param id the message id
     * @return the message as Acquire holds it
     * @throws NotFoundException if Acquire knows no such message (HTTP 404)
     * @throws SendFailedException for any other failure of the request
     */
    CaseMessage get(MessageId id);

    /**
     * Replaces a message's text ({@code POST /api/v1/crm/messenger/chat/message/{id}}).
     *
     * @param id the message id
     * @param edit the new text
     * @return the message as Acquire holds it after the edit
     * @throws NotFoundException if Acquire knows no such message
     * @throws SendFailedException for any other failure of the request
     */
    CaseMessage edit(MessageId id, MessageEdit edit);

    /**
     * Deletes a message for good ({@code DELETE /api/v1/crm/objects/case-message/{id}}).
     *
     * @param id the message id
     * @return what Acquire answered
     * @throws NotSentException if the message was certainly not deleted ({@link NotFoundException} for an unknown message)
     * @throws OutcomeUnknownException if it may or may not have been deleted; fetch it to see
     */
    DeletedMessage delete(MessageId id);
}
