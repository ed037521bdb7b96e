package dev.acquire4j.vertx.internal;

import dev.acquire4j.protocol.spi.AnswerCutException;
import dev.acquire4j.protocol.spi.AnswerTooLargeException;
import dev.acquire4j.protocol.spi.WireAnswer;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;
import java.util.Optional;
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
     * Fails an exchange that ended before any byte of its request was written; the cause says why.
     * {@link TransportErrors} reads it as not sent.
     */
    static final class Unwritten extends Exception {
        private static final long serialVersionUID = 1L;

        Unwritten(Throwable cause) {
            super(cause);
        }
    }

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
     * @param limitMillis the longest the whole exchange may take, connection included
     * @param maxBytes the largest answer body read
     * @return the answer, or a failure: {@link AnswerTooLargeException}, {@link AnswerCutException} when the
     *     answer's head came but its body did not (broken, or still coming when the limit passed),
     *     {@link Unwritten}, a {@link TimeoutException} when the limit passed after the request may have
     *     been written, or Vert.x's own failure
     */
    static Future<WireAnswer> run(Context home, Vertx vertx, HttpClient http, RequestOptions options, Buffer body,
            long limitMillis, int maxBytes) {
        Context caller = Vertx.currentContext();
        Promise<WireAnswer> answer = Promise.promise();
        home.runOnContext(v -> runAtHome(vertx, http, options, body, limitMillis, maxBytes).onComplete(done -> {
            if (caller == null || caller == home) {
                answer.handle(done);
            } else {
                caller.runOnContext(x -> answer.handle(done));
            }
        }));
        return answer.future();
    }

    /** Runs the exchange; called on the home context, so that the request and its connection share one event loop. */
    private static Future<WireAnswer> runAtHome(Vertx vertx, HttpClient http, RequestOptions options, Buffer body,
            long limitMillis, int maxBytes) {
        Promise<WireAnswer> result = Promise.promise();
        AtomicReference<HttpClientRequest> started = new AtomicReference<>();
        AtomicReference<HttpClientResponse> head = new AtomicReference<>();
        long timer = vertx.setTimer(Math.max(1, limitMillis), id -> {
            HttpClientRequest request = started.get();
            HttpClientResponse response = head.get();
            TimeoutException late = new TimeoutException("no complete answer within " + limitMillis + " ms");
            Throwable failure = request == null ? new Unwritten(late)
                    : response == null ? late : new AnswerCutException(answer(response, new byte[0]), late);
            if (result.tryFail(failure) && request != null) {
                request.reset();
            }
        });
        result.future().onComplete(done -> vertx.cancelTimer(timer));
        http.request(options).onComplete(got -> {
            if (got.failed()) {
                result.tryFail(TransportErrors.mayHaveBeenWritten(got.cause()) ? got.cause() : new Unwritten(got.cause()));
                return;
            }
            HttpClientRequest request = got.result();
            started.set(request);
            if (result.future().isComplete()) {
                request.reset();
                return;
            }
            request.send(body).onComplete(answered -> {
                if (answered.failed()) {
                    Throwable e = answered.cause();
                    result.tryFail(TransportErrors.mayHaveBeenWritten(e) ? e : new Unwritten(e));
                } else {
                    head.set(answered.result());
                    read(request, answered.result(), maxBytes, result);
                }
            });
        });
        return result.future();
    }

    private static void read(HttpClientRequest request, HttpClientResponse response, int maxBytes, Promise<WireAnswer> result) {
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
        BoundedBuffer body = new BoundedBuffer(maxBytes);
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
        response.exceptionHandler(e -> result.tryFail(new AnswerCutException(answer(response, body.bytes()), e)));
        response.endHandler(v -> result.tryComplete(answer(response, body.bytes())));
    }

    /** Any status is an answer for the core to read, an interim 1xx taken as final included. */
    private static WireAnswer answer(HttpClientResponse response, byte[] body) {
        MultiMap headers = response.headers();
        return new WireAnswer(response.statusCode(), name -> Optional.ofNullable(headers.get(name)), body);
    }
}
