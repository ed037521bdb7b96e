package dev.acquire4j.jdk.internal;

import dev.acquire4j.protocol.spi.AnswerCutException;
import dev.acquire4j.protocol.spi.AnswerTooLargeException;
import dev.acquire4j.protocol.spi.WireAnswer;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer body into bytes, at most a limit of them: a longer body (announced by its
 * {@code Content-Length} or found while reading) cancels its subscription, which closes the
 * connection rather than returning it to the pool, and fails with the SPI's {@link AnswerTooLargeException};
 * a body that breaks after the head came fails with its {@link AnswerCutException}.
 * Memory per answer stays bounded by the limit. One per exchange.
 */
final class BoundedBytes implements HttpResponse.BodySubscriber<byte[]> {
    private final HttpResponse.ResponseInfo info;
    private final int limit;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private byte[] bytes = new byte[0];
    private int size;
    private Flow.Subscription subscription;

    BoundedBytes(HttpResponse.ResponseInfo info, int limit) {
        this.info = info;
        this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (info.headers().firstValueAsLong("content-length").orElse(0) > limit) {
            tooLarge();
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer b : item) {
            int n = b.remaining();
            if (n > limit - size) {
                tooLarge();
                return;
            }
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(limit, Math.max(size + n, Math.max(1024, bytes.length * 2))));
            }
            b.get(bytes, size, n);
            size += n;
        }
    }

    private void tooLarge() {
        subscription.cancel();
        body.completeExceptionally(new AnswerTooLargeException(head(), limit));
        bytes = new byte[0];
    }

    /** The body broke after the head came: the SPI's {@link AnswerCutException}, carrying the status. */
    @Override
    public void onError(Throwable throwable) {
        body.completeExceptionally(new AnswerCutException(head(), throwable));
    }

    /** {@return the status, the headers and the body read so far} */
    WireAnswer head() {
        return new WireAnswer(info.statusCode(), info.headers()::firstValue, Arrays.copyOf(bytes, size));
    }

    @Override
    public void onComplete() {
        body.complete(size == bytes.length ? bytes : Arrays.copyOf(bytes, size));
    }
}
