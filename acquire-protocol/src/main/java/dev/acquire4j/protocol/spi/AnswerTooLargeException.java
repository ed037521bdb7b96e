package dev.acquire4j.protocol.spi;

import java.io.IOException;
import java.util.Objects;

/**
 * What a {@link Transport} throws, or fails its stage with, when an answer's body is larger than
 * the client's {@code ClientSettings.maxAnswerBytes()} (announced by its {@code Content-Length} or
 * found while reading). The transport has stopped reading and closed the connection rather than
 * returning it to a pool; it carries what came: the status, the headers and the start of the body.
 * The core turns it into the failure the status gives (for a 2xx a {@code MalformedResponseException}:
 * the operation may have had its effect, and it is never retried). Immutable.
 */
public final class AnswerTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The status, headers and body start; not serialised (the headers are a transport's function). */
    private final transient WireAnswer start;

    /**
     * Reports an answer over the limit.
     *
     * @param start the status, the headers and as much of the body as was read before the limit
     *     (possibly empty)
     * @param limit the limit in bytes, for the message
     */
    public AnswerTooLargeException(WireAnswer start, int limit) {
        super("the answer is larger than " + limit + " bytes");
        this.start = Objects.requireNonNull(start, "start");
    }

    /** {@return the status, the headers and the start of the body, read before the limit} */
    public WireAnswer start() {
        return start;
    }
}
