package dev.acquire4j.protocol.spi;

import java.io.IOException;
import java.util.Objects;

/**
 * What a {@link Transport} throws, or fails its stage with, when an answer's head (status line and
 * headers) arrived but its body did not arrive whole: the connection ended or broke mid-body, or the
 * attempt's time ran out while the body was still coming. It carries what came and, as its cause,
 * the transport's own failure. The core reads the status: a non-2xx is the failure that status
 * gives; after a 2xx the server has processed the request, so the operation may have had its effect
 * and is never retried, even by a policy that retries unknown outcomes. Immutable.
 */
public final class AnswerCutException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The status, headers and body start; not serialised (the headers are a transport's function). */
    private final transient WireAnswer head;

    /**
     * Reports an answer whose body did not arrive whole.
     *
     * @param head the status, the headers and as much of the body as was read (possibly empty)
     * @param cause the transport's failure while reading the body (a reset, an early end, a timeout)
     */
    public AnswerCutException(WireAnswer head, Throwable cause) {
        super("the answer (HTTP " + Objects.requireNonNull(head, "head").status() + ") was cut before its end", cause);
        this.head = head;
    }

    /** {@return the status, the headers and the start of the body, as far as they came} */
    public WireAnswer head() {
        return head;
    }
}
