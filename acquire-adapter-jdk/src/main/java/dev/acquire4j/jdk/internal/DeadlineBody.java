package dev.acquire4j.jdk.internal;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a whole answer body into bytes, at most a limit of them ({@link BoundedBytes}), failing with the
 * SPI's {@code AnswerCutException} around a {@code TimeoutException} and cancelling the
 * body (which closes the connection) if it is not complete by a deadline. {@code HttpRequest.timeout}
 * only covers the wait for the headers; this bounds the rest, so that a trickling body cannot hold a
 * blocking caller past its attempt's timeout. One per exchange.
 */
final class DeadlineBody implements HttpResponse.BodySubscriber<byte[]> {
    private final HttpResponse.BodySubscriber<byte[]> bytes;
    private final CompletableFuture<byte[]> body;
    private volatile Flow.Subscription subscription;

    private DeadlineBody(HttpResponse.ResponseInfo info, long deadlineNanos, int limit) {
        this.bytes = new BoundedBytes(info, limit);
        long left = Math.max(1, deadlineNanos - System.nanoTime());
        this.body = new CompletableFuture<>();
        bytes.getBody().toCompletableFuture().orTimeout(left, TimeUnit.NANOSECONDS).whenComplete((b, error) -> {
            if (error == null) {
                body.complete(b);
            } else {
                // Time ran out after the head came: the status travels with the timeout.
                body.completeExceptionally(error instanceof TimeoutException ? JdkExchange.cut(info, error) : error);
            }
        });
        body.whenComplete((b, error) -> {
            Flow.Subscription s = subscription;
            if (error != null && s != null) {
                s.cancel();
            }
        });
    }

    /**
     * {@return a handler whose bodies must be complete by {@code deadlineNanos} of {@link System#nanoTime()}
     * and at most {@code limit} bytes long}
     */
    static HttpResponse.BodyHandler<byte[]> handler(long deadlineNanos, int limit) {
        return info -> new DeadlineBody(info, deadlineNanos, limit);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        bytes.onSubscribe(s);
        if (body.isCompletedExceptionally()) {
            s.cancel();
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        bytes.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
        bytes.onError(throwable);
    }

    @Override
    public void onComplete() {
        bytes.onComplete();
    }
}
