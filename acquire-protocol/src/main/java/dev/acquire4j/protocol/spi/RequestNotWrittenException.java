package dev.acquire4j.protocol.spi;

/**
 * What a {@link Transport} fails an exchange with when it ended before any byte of its request was
 * written (no connection in time, the client closed while the exchange waited for its turn): the
 * core counts it as not sent without asking {@link Transport#mayHaveBeenWritten(Throwable)}. The
 * cause says why. Immutable.
 */
public final class RequestNotWrittenException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Reports an exchange that never wrote its request.
     *
     * @param cause why it ended (a timeout, a cancellation, the transport's own failure)
     */
    public RequestNotWrittenException(Throwable cause) {
        super(cause);
    }
}
