package dev.acquire4j.domain;

import java.util.Objects;

/**
 * What Acquire answered to a message deletion. Immutable and thread-safe.
 *
 * @param messageId the message that was asked to be deleted
 * @param deleted how many messages Acquire reports deleted ({@code deleted}): 1 for a deleted message
 */
public record DeletedMessage(MessageId messageId, long deleted) {
    /**
     * Checks the components.
     *
     * @param messageId the message that was asked to be deleted
     * @param deleted how many messages Acquire reports deleted; not negative
     * @throws NullPointerException if {@code messageId} is {@code null}
     * @throws IllegalArgumentException if {@code deleted} is negative
     */
    public DeletedMessage {
        Objects.requireNonNull(messageId, "messageId");
        if (deleted < 0) {
            throw new IllegalArgumentException("deleted must not be negative: " + deleted);
        }
    }
}
