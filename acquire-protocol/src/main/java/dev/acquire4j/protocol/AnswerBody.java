package dev.acquire4j.protocol;

/**
 * Reads the body of a 2xx answer into a result.
 *
 * @param <T> the result
 */
@FunctionalInterface
interface AnswerBody<T> {
    /**
     * Reads a body.
     *
     * @param body the whole body, possibly empty
     * @return the result
     * @throws UnreadableAnswerException if the body is not the documented answer
     */
    T read(byte[] body) throws UnreadableAnswerException;
}
