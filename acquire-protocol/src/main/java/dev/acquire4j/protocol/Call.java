package dev.acquire4j.protocol;

import java.util.Objects;

/**
 * One request of the API with the reader of its 2xx answer, and whether repeating it is harmless.
 * Immutable and thread-safe; made by {@link AcquireProtocol}, run by a transport, read back with
 * {@link AcquireProtocol#read(Call, int, java.util.function.Function, byte[], int)}.
 *
 * @param <T> what a 2xx answer is read into
 */
public final class Call<T> {
    private final WireRequest request;
    private final AnswerBody<T> reader;
    private final boolean idempotent;

    Call(WireRequest request, AnswerBody<T> reader, boolean idempotent) {
        this.request = Objects.requireNonNull(request, "request");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.idempotent = idempotent;
    }

    /** {@return the request to send} */
    public WireRequest request() {
        return request;
    }

    /**
     * {@return whether the request changes nothing on the server (a lookup), so that an attempt
     * whose outcome is unknown may be repeated; sends and case creation are not}
     */
    public boolean idempotent() {
        return idempotent;
    }

    AnswerBody<T> reader() {
        return reader;
    }

    /** {@return the request, without body or key} */
    @Override
    public String toString() {
        return "Call[" + request + (idempotent ? ", idempotent" : "") + "]";
    }
}
