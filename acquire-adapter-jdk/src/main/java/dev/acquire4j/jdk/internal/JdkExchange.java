package dev.acquire4j.jdk.internal;

import dev.acquire4j.protocol.spi.AnswerCutException;
import dev.acquire4j.protocol.spi.AnswerTooLargeException;
import dev.acquire4j.protocol.spi.AttemptThreads;
import dev.acquire4j.protocol.spi.BlockingWaits;
import dev.acquire4j.protocol.spi.Header;
import dev.acquire4j.protocol.spi.Transport;
import dev.acquire4j.protocol.spi.WireAnswer;
import dev.acquire4j.protocol.spi.WireRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLHandshakeException;

/**
 * The java.net.http transport: one exchange of a request for its answer's bytes, blocking or async,
 * and which failures mean the request was never written. Everything else is the client core's.
 * Thread-safe.
 */
public final class JdkExchange implements Transport {
    /**
     * How long after its attempt's timeout a blocking caller is freed by force ({@link BlockingWaits}):
     * the request timeout and {@link DeadlineBody} normally end the attempt first.
     */
    private static final long WAIT_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    /** The most async attempts on the wire at once: more wait, in order, for a free thread. */
    public static final int ASYNC_SEND_THREADS = 256;

    private final HttpClient http;
    /** The executor to shut down on close (ending the HTTP client's connections), or {@code null} for a caller-owned one. */
    private final ClosingExecutor ownedExecutor;
    private final int maxAnswerBytes;
    private final BlockingWaits waits = new BlockingWaits();
    /** The threads of async attempts: at most {@link #ASYNC_SEND_THREADS} at once; more wait for a free one. */
    private final AttemptThreads attemptThreads = new AttemptThreads(ASYNC_SEND_THREADS, "acquire4j-jdk-send-");

    /**
     * Creates the transport.
     *
     * @param http the HTTP client, created by the builder or given by the caller
     * @param ownedExecutor the executor the client created and must shut down, or {@code null}
     * @param maxAnswerBytes the largest answer body read ({@code ClientSettings.maxAnswerBytes()})
     */
    public JdkExchange(HttpClient http, ClosingExecutor ownedExecutor, int maxAnswerBytes) {
        this.http = http;
        this.ownedExecutor = ownedExecutor;
        this.maxAnswerBytes = maxAnswerBytes;
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
    @Override
    public WireAnswer attemptBlocking(WireRequest wire, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        BlockingWaits.Wait wait = waits.enter(timeout.toNanos() + WAIT_SLACK_NANOS);
        AtomicReference<HttpResponse.ResponseInfo> head = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> body = DeadlineBody.handler(deadline, maxAnswerBytes);
        try {
            return answer(http.send(toHttpRequest(wire, timeout), info -> {
                head.set(info);
                return body.apply(info);
            }));
        } catch (InterruptedException e) {
            // send() has cancelled the exchange; an interrupt of ours is a timeout or a close, not the caller's.
            Exception ours = wait.leave();
            throw ours != null ? ours : e;
        } catch (IOException e) {
            // The connection may end before the body reader ever starts: once the head came, it is a cut answer.
            HttpResponse.ResponseInfo came = head.get();
            throw came == null || readerReported(e) ? unwrapSend(e) : cut(came, unwrapSend(e));
        } finally {
            wait.leave();
        }
    }

    /**
     * {@code send} rethrows the exchange's failure as a new exception: the same type for the
     * connect, timeout, TLS and argument failures {@link #classify} looks for, else a plain
     * {@code IOException} around the original. Unwrapping that one layer gives {@link #classify}
     * the failure {@code sendAsync} would have given.
     */
    private static Exception unwrapSend(IOException e) {
        return e.getClass() == IOException.class && e.getCause() instanceof Exception cause ? cause : e;
    }

    /**
     * One attempt without blocking the caller: the blocking attempt, bounded the same way, on one of
     * the client's {@link AttemptThreads} (not {@code sendAsync}: on JDK 17 with 2 CPUs or fewer it
     * starts a thread per send).
     */
    @Override
    public CompletionStage<WireAnswer> attemptAsync(WireRequest wire, Duration timeout) {
        return attemptThreads.attempt(wire, timeout, this::attemptBlocking);
    }

    /**
     * The close hook: frees the callers waiting in {@code HttpClient.send} (each ends as an
     * outcome-unknown failure: its request may have been read) and the async attempts waiting for a
     * thread (not sent), then shuts down the executor the client owns, which also ends the HTTP
     * client's idle connections ({@link ClosingExecutor}).
     */
    @Override
    public void close() {
        waits.closeAll();
        attemptThreads.close();
        if (ownedExecutor != null) {
            ownedExecutor.close(http);
        }
    }

    /** {@return whether the body reader already said what went wrong (a cut or an oversized answer)} */
    private static boolean readerReported(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AnswerCutException || t instanceof AnswerTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** {@return the SPI's report of an answer whose head came but whose body did not, with the head's status and headers} */
    static AnswerCutException cut(HttpResponse.ResponseInfo info, Throwable cause) {
        return new AnswerCutException(new WireAnswer(info.statusCode(), info.headers()::firstValue, new byte[0]), cause);
    }

    private static WireAnswer answer(HttpResponse<byte[]> response) {
        return new WireAnswer(response.statusCode(), name -> response.headers().firstValue(name), response.body());
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

    @Override
    public boolean mayHaveBeenWritten(Throwable failure) {
        return classify(failure);
    }

    /**
     * {@return whether an answer came whose head {@code java.net.http} could not read}: it reports a
     * status line or headers it cannot parse, or larger than {@code jdk.http.maxHeaderSize} (384 KiB
     * by default), as a {@link java.net.ProtocolException}
     */
    @Override
    public boolean answerUnreadable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ProtocolException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decides whether the request can have reached the server. Only failures that happen before a
     * byte of the request is written count as not sent; everything else may have been processed.
     */
    private static boolean classify(Throwable e) {
        boolean written = !(e instanceof HttpConnectTimeoutException
                || e instanceof ConnectException
                || e instanceof UnresolvedAddressException
                || e instanceof SSLHandshakeException
                || e instanceof IllegalArgumentException
                || e instanceof RejectedExecutionException);
        if (e instanceof IOException && e.getCause() instanceof ConnectException) {
            written = false;
        }
        return written && !JdkNetwork.tunnelRefused(e);
    }
}
