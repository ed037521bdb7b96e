package dev.acquire4j.jdk.internal;

import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.protocol.AcquireProtocol;
import dev.acquire4j.protocol.Call;
import dev.acquire4j.protocol.CallRunner;
import dev.acquire4j.protocol.Header;
import dev.acquire4j.protocol.SendLoop;
import dev.acquire4j.protocol.WireRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLHandshakeException;

/**
 * Sends over java.net.http: builds the request from the shared protocol, runs its attempts through
 * the shared {@link SendLoop}, and turns every outcome into a {@link SentMessage} (or another call's
 * result) or one of our exceptions. Idempotent calls (lookups) run on a loop that also retries
 * unknown outcomes. Thread-safe.
 */
final class JdkExchange implements CallRunner {
    /** Waits between attempts run here: the JDK's delay thread only starts the next {@code sendAsync}. */
    private static final SendLoop.Timer TIMER = (delay, task) ->
            CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, Runnable::run).execute(task);

    /**
     * How long after its attempt's timeout a blocking caller is freed by force ({@link BlockingWaits}):
     * the request timeout and {@link DeadlineBody} normally end the attempt first.
     */
    private static final long WAIT_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final AcquireProtocol protocol;
    private final HttpClient http;
    private final int maxAnswerBytes;
    private final BlockingWaits waits = new BlockingWaits();
    private final SendLoop loop;
    private final SendLoop idempotentLoop;
    private final BooleanSupplier closed;
    /** Exchanges on the wire now, so that closing the client ends them rather than leaving them to their timeouts. */
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();

    JdkExchange(AcquireProtocol protocol, HttpClient http, SendLoop loop, BooleanSupplier closed) {
        this.protocol = protocol;
        this.http = http;
        this.maxAnswerBytes = protocol.maxAnswerBytes();
        this.loop = loop;
        this.idempotentLoop = loop.forIdempotent();
        this.closed = closed;
    }

    /** Sends on the calling thread; waits between attempts sleep this thread. */
    SentMessage send(OutboundMessage message, Duration deadline) {
        Call<SentMessage> call = protocol.call(message);
        refuseIfClosed(call.request(), 0);
        // Sends are reported (logged, told to the listener); lookups run silently through run().
        return loop.runBlocking(message, call.request(), deadline, (n, timeout) -> attemptBlocking(call, n, timeout));
    }

    /** Runs any call on the calling thread; waits between attempts sleep this thread. */
    @Override
    public <T> T run(Call<T> call, Duration deadline) {
        refuseIfClosed(call.request(), 0);
        return loopFor(call).runBlocking(deadline, (n, timeout) -> attemptBlocking(call, n, timeout));
    }

    /**
     * Sends without blocking. Every stage completes on the HTTP client's executor or the JDK's delay
     * thread; none is an executor-less {@code *Async} stage, and failures are our exception types.
     */
    CompletionStage<SentMessage> sendAsync(OutboundMessage message, Duration deadline) {
        Call<SentMessage> call;
        try {
            call = protocol.call(message);
            refuseIfClosed(call.request(), 0);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return loop.runAsync(message, call.request(), deadline, (n, timeout) -> attemptAsync(call, n, timeout), TIMER);
    }

    /** Starts any call without blocking, as {@link #sendAsync} does. */
    @Override
    public <T> CompletionStage<T> runAsync(Call<T> call, Duration deadline) {
        try {
            refuseIfClosed(call.request(), 0);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return loopFor(call).runAsync(deadline, (n, timeout) -> attemptAsync(call, n, timeout), TIMER);
    }

    private SendLoop loopFor(Call<?> call) {
        return call.idempotent() ? idempotentLoop : loop;
    }

    /**
     * One attempt, waiting on the caller's thread. Uses {@code HttpClient.send}, not
     * {@code sendAsync(...).get()}: the public {@code sendAsync} hands its completion to the default
     * async pool, which on a 2-CPU machine is a new thread per send (measured in
     * acquire-benchmarks: one thread started per send, about half the blocking throughput).
     * {@code HttpRequest.timeout} covers the wait for the answer's headers and {@link DeadlineBody}
     * the rest, so the whole exchange stays bounded: a slow body cannot hold the caller past the deadline.
     * As {@code send} itself waits without a limit, {@link BlockingWaits} frees the caller if the HTTP
     * client's own timers cannot (its selector thread ended), and when the client closes.
     */
    private <T> T attemptBlocking(Call<T> call, int n, Duration timeout) {
        WireRequest wire = call.request();
        refuseIfClosed(wire, n - 1);
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<byte[]> response;
        BlockingWaits.Wait wait = waits.enter(timeout.toNanos() + WAIT_SLACK_NANOS);
        try {
            response = http.send(toHttpRequest(wire, timeout), DeadlineBody.handler(deadline, maxAnswerBytes));
        } catch (InterruptedException e) {
            // send() has cancelled the exchange.
            Exception ours = wait.leave();
            if (ours != null) {
                throw protocol.transportFailure(wire, ours, true, n);
            }
            Thread.currentThread().interrupt();
            throw protocol.transportFailure(wire, e, true, n);
        } catch (IOException | RuntimeException e) {
            wait.leave();
            throw classify(call, unwrapSend(e), n);
        }
        wait.leave();
        return read(call, response, n);
    }

    /**
     * {@code send} rethrows the exchange's failure as a new exception: the same type for the
     * connect, timeout, TLS and argument failures {@link #classify} looks for, else a plain
     * {@code IOException} around the original. Unwrapping that one layer gives {@link #classify}
     * the failure {@code sendAsync} would have given.
     */
    private static Throwable unwrapSend(Exception e) {
        return e.getClass() == IOException.class && e.getCause() != null ? e.getCause() : e;
    }

    /**
     * One attempt without blocking, bounded like the blocking one. The bound goes on a copy: timing
     * out the JDK's own future would complete it, after which {@code cancel} no longer aborts the
     * exchange, and a slow body would keep its connection busy after the caller gave up.
     */
    private <T> CompletionStage<T> attemptAsync(Call<T> call, int n, Duration timeout) {
        WireRequest wire = call.request();
        refuseIfClosed(wire, n - 1);
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            exchange = start(wire, timeout);
        } catch (RuntimeException e) {
            // The caller's executor rejected the exchange's first task.
            return CompletableFuture.failedFuture(classify(call, e, n));
        }
        exchange.copy()
                .orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .whenComplete((response, error) -> {
                    if (error instanceof TimeoutException) {
                        exchange.cancel(true);
                    }
                    try {
                        if (error == null) {
                            result.complete(read(call, response, n));
                        } else {
                            result.completeExceptionally(classify(call, error, n));
                        }
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                });
        return result;
    }

    /** Starts one exchange and tracks it until it completes. */
    private CompletableFuture<HttpResponse<byte[]>> start(WireRequest wire, Duration timeout) {
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(toHttpRequest(wire, timeout), BoundedBytes.handler(maxAnswerBytes));
        inFlight.add(exchange);
        exchange.whenComplete((response, error) -> inFlight.remove(exchange));
        if (closed.getAsBoolean()) {
            // close() ran between refuseIfClosed and here, and may have missed this exchange.
            exchange.cancel(true);
        }
        return exchange;
    }

    /**
     * Ends every exchange in flight, once the client is marked closed: without this, a send in
     * flight at close() would wait out its timeout, as the closed client's executor can no longer
     * deliver the answer. Each ends as an outcome-unknown failure: its request may have been read.
     * Blocking callers waiting in {@code HttpClient.send} are freed the same way.
     */
    void abortInFlight() {
        waits.closeAll();
        for (CompletableFuture<?> exchange : inFlight) {
            exchange.cancel(true);
        }
    }

    private <T> T read(Call<T> call, HttpResponse<byte[]> response, int n) {
        return protocol.read(call, response.statusCode(), name -> response.headers().firstValue(name), response.body(), n);
    }

    private static HttpRequest toHttpRequest(WireRequest wire, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(wire.uri())
                .timeout(timeout)
                .method(wire.method(), HttpRequest.BodyPublishers.ofByteArray(wire.body()));
        for (Header h : wire.headers()) {
            b.header(h.name(), h.value());
        }
        return b.build();
    }

    /** Refuses a send, or a retry, on a closed client; a retry reports the requests its send already made. */
    private void refuseIfClosed(WireRequest wire, int attemptsMade) {
        if (closed.getAsBoolean()) {
            throw new NotSentException("The client is closed; the message was not sent.",
                    FailureDetails.withoutAnswer(wire.channel(), wire.endpoint(), attemptsMade), null);
        }
    }

    /**
     * Decides whether the request can have reached the server. Only failures that happen before a
     * byte of the request is written count as not sent; everything else may have been processed.
     */
    private SendFailedException classify(Call<?> call, Throwable error, int n) {
        WireRequest wire = call.request();
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof SendFailedException) {
            return (SendFailedException) e;
        }
        AnswerTooLargeException tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return protocol.answerTooLarge(call, tooLarge.status(), name -> tooLarge.headers().firstValue(name),
                    tooLarge.prefix(), n);
        }
        boolean written = !(e instanceof HttpConnectTimeoutException
                || e instanceof ConnectException
                || e instanceof UnresolvedAddressException
                || e instanceof SSLHandshakeException
                || e instanceof IllegalArgumentException
                || e instanceof RejectedExecutionException);
        if (e instanceof IOException && e.getCause() instanceof ConnectException) {
            written = false;
        }
        return protocol.transportFailure(wire, e, written, n);
    }

    /** {@return the size failure among the first causes of an exchange's failure, or {@code null}} */
    private static AnswerTooLargeException tooLarge(Throwable error) {
        Throwable t = error;
        for (int i = 0; i < 4 && t != null; i++, t = t.getCause()) {
            if (t instanceof AnswerTooLargeException) {
                return (AnswerTooLargeException) t;
            }
        }
        return null;
    }
}
