package dev.acquire4j.vertx.internal;

import dev.acquire4j.protocol.spi.AnswerCutException;
import dev.acquire4j.protocol.spi.AnswerTooLargeException;
import dev.acquire4j.protocol.spi.RequestNotWrittenException;
import dev.acquire4j.protocol.spi.WireAnswer;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One HTTP exchange over the Vert.x core client, bounded in time and in memory: the answer is
 * streamed into a {@link BoundedBuffer}, and every way the exchange is given up on (too large, too
 * late, an interim answer taken as final) resets the request, which on HTTP/1.1 closes its
 * connection instead of returning it to the pool.
 *
 * <p>Interim answers: Vert.x 5 handles {@code 100} and {@code 103} as interim, but takes any other
 * {@code 1xx} (a {@code 102 Processing}, say) for the final answer; once that one ended, the
 * connection would go back to the pool while the real final answer is still to come, and the next
 * request on it would read that answer as its own. So a {@code 1xx} head resets the connection at
 * once, and completes with the {@code 1xx} status, which the protocol reads as an unknown outcome.
 * "At once" must mean before the connection's event loop goes on to end that {@code 1xx} and pool
 * the connection: Vert.x runs a request's handlers on the request's context, so every exchange of
 * a client runs on one event-loop context of its own ({@code home}), on whose event loop all its
 * connections then live, and the head handler runs synchronously there. Callers on another Vert.x
 * context get their answer back on it.
 */
final class StreamedExchange {
    private StreamedExchange() {}

    /**
     * {@return the context every exchange of a client runs on: an event-loop context of its own}
     * Off Vert.x threads, and on an event loop, {@code getOrCreateContext} gives one; on a worker
     * thread it would give the worker's context, so a plain thread asks for a fresh one instead.
     *
     * @param vertx the client's Vert.x
     */
    static Context home(Vertx vertx) {
        Context current = Vertx.currentContext();
        if (current == null || current.isEventLoopContext()) {
            return vertx.getOrCreateContext();
        }
        AtomicReference<Context> fresh = new AtomicReference<>();
        Thread asker = new Thread(() -> fresh.set(vertx.getOrCreateContext()), "acquire4j-vertx-home");
        asker.start();
        try {
            asker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the client", e);
        }
        return fresh.get();
    }

    /**
     * Runs one exchange on the home context.
     *
     * @param home the client's context, from {@link #home(Vertx)}
     * @param limits the longest the wait for a connection, and the whole exchange, may take
     * @param maxBytes the largest answer body read
     * @return the answer, or a failure: {@link AnswerTooLargeException}, {@link AnswerCutException} when the
     *     answer's head came but its body did not (broken, or still coming when the limit passed),
     *     {@link RequestNotWrittenException}, a {@link TimeoutException} when the limit passed after the
     *     request may have been written, or Vert.x's own failure
     */
    static Future<WireAnswer> run(Context home, Vertx vertx, HttpClient http, RequestOptions options, Buffer body,
            Limits limits, int maxBytes) {
        Context caller = Vertx.currentContext();
        if (caller == home) {
            return runAtHome(vertx, http, options, body, limits, maxBytes);
        }
        Promise<WireAnswer> answer = Promise.promise();
        home.runOnContext(v -> runAtHome(vertx, http, options, body, limits, maxBytes).onComplete(done -> {
            if (caller == null) {
                answer.handle(done);
            } else {
                caller.runOnContext(x -> answer.handle(done));
            }
        }));
        return answer.future();
    }

    /**
     * How long an exchange may wait for a pooled connection, and take as a whole; both from its start.
     *
     * @param connectMillis the longest wait for a connection (a new one or a pooled one)
     * @param totalMillis the longest the whole exchange may take
     */
    record Limits(long connectMillis, long totalMillis) {}

    /**
     * Runs the exchange; called on the home context, so that the request and its connection share one
     * event loop. One timer bounds it: first at the connection limit, then, if a connection came by
     * then, once more for what is left of the whole; an exchange done before the connection limit
     * (the usual case) arms and cancels one timer and no other (no Vert.x connect or idle timer).
     */
    private static Future<WireAnswer> runAtHome(Vertx vertx, HttpClient http, RequestOptions options, Buffer body,
            Limits limits, int maxBytes) {
        Promise<WireAnswer> result = Promise.promise();
        AtomicReference<HttpClientRequest> started = new AtomicReference<>();
        AtomicReference<HttpClientResponse> head = new AtomicReference<>();
        long start = System.nanoTime();
        long firstLimit = Math.max(1, Math.min(limits.connectMillis(), limits.totalMillis()));
        long[] timer = new long[1];
        Handler<Long> onTime = new Handler<>() {
            @Override
            public void handle(Long id) {
                HttpClientRequest request = started.get();
                long left = limits.totalMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                if (request != null && left > 0) {
                    timer[0] = vertx.setTimer(left, this);
                    return;
                }
                HttpClientResponse response = head.get();
                TimeoutException late = new TimeoutException(request == null
                        ? "no connection within " + firstLimit + " ms" : "no complete answer within " + limits.totalMillis() + " ms");
                Throwable failure = request == null ? new RequestNotWrittenException(late)
                        : response == null ? late : new AnswerCutException(answer(response, new byte[0]), late);
                if (result.tryFail(failure) && request != null) {
                    request.reset();
                }
            }
        };
        timer[0] = vertx.setTimer(firstLimit, onTime);
        result.future().onComplete(done -> vertx.cancelTimer(timer[0]));
        http.request(options).onComplete(got -> {
            if (got.failed()) {
                result.tryFail(TransportErrors.mayHaveBeenWritten(got.cause()) ? got.cause() : new RequestNotWrittenException(got.cause()));
                return;
            }
            HttpClientRequest request = got.result();
            if (result.future().isComplete()) {
                request.reset();
                return;
            }
            started.set(request);
            request.send(body).onComplete(answered -> {
                if (answered.failed()) {
                    Throwable e = answered.cause();
                    result.tryFail(TransportErrors.mayHaveBeenWritten(e) ? e : new RequestNotWrittenException(e));
                } else {
                    head.set(answered.result());
                    read(request, answered.result(), maxBytes, result);
                }
            });
        });
        return result.future();
    }

    private static void read(HttpClientRequest request, HttpClientResponse response, int maxBytes, Promise<WireAnswer> result) {
        BoundedBuffer body = new BoundedBuffer(maxBytes);
        // Handled before any reset below, so that Vert.x does not log the reset as an unhandled failure.
        response.exceptionHandler(e -> result.tryFail(new AnswerCutException(answer(response, body.bytes()), e)));
        if (result.future().isComplete()) {
            request.reset();
            return;
        }
        int status = response.statusCode();
        // Every ending below settles the result first: a reset fails the stream at once, with a less telling error.
        if (status < 200) {
            result.tryComplete(answer(response, new byte[0]));
            request.reset();
            return;
        }
        String length = response.getHeader("content-length");
        if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > maxBytes) {
            result.tryFail(new AnswerTooLargeException(answer(response, new byte[0]), maxBytes));
            request.reset();
            return;
        }
        response.handler(piece -> {
            if (!result.future().isComplete() && !body.append(piece)) {
                result.tryFail(new AnswerTooLargeException(answer(response, body.bytes()), maxBytes));
                request.reset();
            }
        });
        response.endHandler(v -> result.tryComplete(answer(response, body.bytes())));
    }

    /** Any status is an answer for the core to read, an interim 1xx taken as final included. */
    private static WireAnswer answer(HttpClientResponse response, byte[] body) {
        MultiMap headers = response.headers();
        return new WireAnswer(response.statusCode(), name -> Optional.ofNullable(headers.get(name)), body);
    }
}
