package dev.acquire4j.vertx.internal;

import io.vertx.core.buffer.Buffer;

/**
 * Collects an answer body up to a limit, so that memory per answer stays bounded by it. Not
 * thread-safe: one per exchange, fed on its context.
 */
final class BoundedBuffer {
    private final int limit;
    private final Buffer bytes = Buffer.buffer();

    BoundedBuffer(int limit) {
        this.limit = limit;
    }

    /** {@return whether the piece fit; if not, it was not kept and the body is over the limit} */
    boolean append(Buffer piece) {
        if (piece.length() > limit - bytes.length()) {
            return false;
        }
        bytes.appendBuffer(piece);
        return true;
    }

    /** {@return what was collected} */
    byte[] bytes() {
        return bytes.getBytes();
    }
}
