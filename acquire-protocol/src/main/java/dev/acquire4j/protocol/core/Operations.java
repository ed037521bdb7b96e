package dev.acquire4j.protocol.core;

import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.protocol.AcquireProtocol;
import dev.acquire4j.protocol.Call;
import dev.acquire4j.protocol.SendLoop;
import dev.acquire4j.protocol.spi.AnswerCutException;
import dev.acquire4j.protocol.spi.AnswerTooLargeException;
import dev.acquire4j.protocol.spi.RequestNotWrittenException;
import dev.acquire4j.protocol.spi.Transport;
import dev.acquire4j.protocol.spi.WireAnswer;
import dev.acquire4j.protocol.spi.WireRequest;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs any operation of one client over its transport, blocking or async: refuses it on a closed
 * client, gives it its deadline (the send deadline, or the lookup deadline for an idempotent
 * operation), runs its attempts through the {@link SendLoop} (retries, tracing, the listener), and
 * reads each answer or classifies each failure with the protocol. The same code for every transport.
 * Immutable and thread-safe; a deadline view shares everything but its send deadline.
 */
final class Operations {
    private final AcquireProtocol protocol;
    private final SendLoop loop;
    private final Transport transport;
    private final AtomicBoolean closed;
    /**
     * The retry waits of async operations now pending, each run at most once: {@link #close()} ends
     * them at once rather than leaving them to a transport timer that may never fire (a closed Vert.x).
     */
    private final Set<Runnable> waiting;
    private final Duration sendDeadline;
    private final Duration lookupDeadline;

    Operations(ClientSettings settings, Transport transport) {
        this(new AcquireProtocol(settings), new SendLoop(settings, System::nanoTime), transport, new AtomicBoolean(),
                ConcurrentHashMap.newKeySet(), settings.sendDeadline(), settings.lookupDeadline());
    }

    private Operations(AcquireProtocol protocol, SendLoop loop, Transport transport, AtomicBoolean closed,
            Set<Runnable> waiting, Duration sendDeadline, Duration lookupDeadline) {
        this.protocol = protocol;
        this.loop = loop;
        this.transport = transport;
        this.closed = closed;
        this.waiting = waiting;
        this.sendDeadline = sendDeadline;
        this.lookupDeadline = lookupDeadline;
    }

    /** {@return the operations with another send deadline, sharing the transport and the closed state} */
    Operations withSendDeadline(Duration deadline) {
        return new Operations(protocol, loop, transport, closed, waiting, ClientSettings.checkSendDeadline(deadline),
                lookupDeadline);
    }

    /** {@return the operations with other send and lookup deadlines, sharing the transport and the closed state} */
    Operations withDeadlines(Duration send, Duration lookup) {
        return new Operations(protocol, loop, transport, closed, waiting, ClientSettings.checkSendDeadline(send),
                ClientSettings.checkSendDeadline(lookup));
    }

    Duration lookupDeadline() {
        return lookupDeadline;
    }

    SendLoop loop() {
        return loop;
    }

    /** {@return a stage completed on the transport's timer after the delay, or at once when the client closes} */
    CompletionStage<Void> after(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            schedule(delay, () -> done.complete(null));
        } catch (RuntimeException rejected) {
            done.completeExceptionally(rejected);
        }
        return done;
    }

    /** {@return whether the client is closed} */
    boolean isClosed() {
        return closed.get();
    }

    AcquireProtocol protocol() {
        return protocol;
    }

    Duration sendDeadline() {
        return sendDeadline;
    }

    /**
     * Marks the client closed, ends the async operations waiting to retry (their next attempt is
     * refused: not sent, or outcome unknown if an earlier attempt may have been processed), and runs
     * the transport's close hook; once.
     */
    void close() {
        if (closed.compareAndSet(false, true)) {
            for (Runnable wait : waiting) {
                wait.run();
            }
            transport.close();
        }
    }

    /** Schedules the next attempt on the transport's timer, or at once if the client closes first. */
    private void schedule(Duration delay, Runnable next) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                if (waiting.remove(this)) {
                    next.run();
                }
            }
        };
        waiting.add(once);
        if (closed.get()) {
            // close() ran meanwhile and may have missed this wait.
            once.run();
            return;
        }
        try {
            transport.schedule(delay, once);
        } catch (RuntimeException rejected) {
            waiting.remove(once);
            throw rejected;
        }
    }

    /** Runs an operation on the calling thread; waits between attempts sleep this thread. */
    <T> T run(Call<T> call) {
        transport.checkMayBlock();
        refuseIfClosed(call.request(), 0);
        return loop.runBlocking(call, deadline(call), (n, timeout) -> attemptBlocking(call, n, timeout));
    }

    /**
     * Starts an operation; the stage fails with our exception itself (or the {@code RuntimeException}
     * of a bad argument), never wrapped. {@code make} builds the call, so that a bad argument fails
     * the stage instead of throwing.
     */
    <T> CompletionStage<T> start(Supplier<Call<T>> make) {
        Call<T> call;
        try {
            call = make.get();
            refuseIfClosed(call.request(), 0);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return loop.runAsync(call, deadline(call), (n, timeout) -> attemptAsync(call, n, timeout), this::schedule);
    }

    private Duration deadline(Call<?> call) {
        return call.operation().idempotent() ? lookupDeadline : sendDeadline;
    }

    private <T> T attemptBlocking(Call<T> call, int n, Duration timeout) {
        WireRequest wire = call.request();
        refuseIfClosed(wire, n - 1);
        WireAnswer answer;
        try {
            answer = transport.attemptBlocking(wire, timeout);
        } catch (InterruptedException e) {
            // The transport has given up the exchange; the request may have been written.
            Thread.currentThread().interrupt();
            throw protocol.transportFailure(wire, e, true, n);
        } catch (Exception e) {
            throw failure(wire, e, n);
        }
        return read(call, answer, n);
    }

    private <T> CompletionStage<T> attemptAsync(Call<T> call, int n, Duration timeout) {
        WireRequest wire = call.request();
        refuseIfClosed(wire, n - 1);
        CompletionStage<WireAnswer> exchange;
        try {
            exchange = transport.attemptAsync(wire, timeout);
        } catch (RuntimeException e) {
            // Thrown before any request existed (a rejected task, a client closed meanwhile): not sent.
            return CompletableFuture.failedFuture(protocol.transportFailure(wire, e, false, n));
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        exchange.whenComplete((answer, error) -> {
            try {
                if (error == null) {
                    result.complete(read(call, answer, n));
                } else {
                    result.completeExceptionally(failure(wire, error, n));
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Maps every status explicitly; what cannot be read after an answer came may have been processed. */
    private <T> T read(Call<T> call, WireAnswer answer, int n) {
        try {
            return protocol.read(call, answer.status(), answer.header(), answer.body(), n);
        } catch (SendFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw protocol.transportFailure(call.request(), e, true, n);
        }
    }

    private SendFailedException failure(WireRequest wire, Throwable error, int n) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof SendFailedException known) {
            return known;
        }
        if (e instanceof RequestNotWrittenException) {
            return protocol.transportFailure(wire, e, false, n);
        }
        // A transport's HTTP library may wrap what its body reader threw (java.net.http: in an IOException).
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AnswerTooLargeException tooLarge) {
                return protocol.answerTooLarge(wire, tooLarge, n);
            }
            if (t instanceof AnswerCutException cut) {
                return protocol.answerCut(wire, cut, n);
            }
        }
        if (transport.answerUnreadable(e)) {
            return protocol.answerUnreadable(wire, e, n);
        }
        return protocol.transportFailure(wire, e, transport.mayHaveBeenWritten(e), n);
    }

    /** Refuses an operation, or a retry, on a closed client; a retry reports the requests already made. */
    private void refuseIfClosed(WireRequest wire, int attemptsMade) {
        if (closed.get()) {
            throw new NotSentException("The client is closed; the " + wire.operation().noun() + " was not sent.",
                    FailureDetails.withoutAnswer(wire.operation(), wire.endpoint(), attemptsMade), null);
        }
    }
}
