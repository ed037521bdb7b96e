package dev.acquire4j.vertx;

import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AsyncAcquireClient;
import dev.acquire4j.ports.Confirmation;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.protocol.core.ClientCore;
import dev.acquire4j.vertx.internal.VertxExchange;
import dev.acquire4j.vertx.internal.HttpClients;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * An Acquire client on the Vert.x 5 HTTP client. The only entry point of this module.
 *
 * <pre>{@code
 * VertxAcquireClient acquire = VertxAcquireClient.create(vertx, VertxAcquireOptions.of(settings));
 * acquire.send(message)
 *     .onSuccess(sent -> ...)
 *     .onFailure(error -> ...);   // a NotSentException or an OutcomeUnknownException
 * acquire.future(a -> a.cases().get(caseId))
 *     .onSuccess(found -> ...);
 * }</pre>
 *
 * <p>Three views of the same connections and operations:
 * <ul>
 *   <li>{@link #send} and {@link #future} return a Vert.x {@link Future}: the native style, for every
 *       operation of {@link AsyncAcquireClient}.</li>
 *   <li>{@link #async()} gives the ports' {@link AsyncAcquireClient}: every operation as a
 *       {@code CompletionStage}, failing with our exceptions themselves, never wrapped.</li>
 *   <li>{@link #asAcquireClient()} gives the ports' blocking {@link AcquireClient}, for code outside
 *       Vert.x. Its blocking calls throw {@link IllegalStateException} on a Vert.x event-loop thread.</li>
 * </ul>
 *
 * <p>Futures and stages complete on a Vert.x thread: the calling context's (an event loop, or a worker
 * for a worker context), or an event loop Vert.x picks when the caller is not on a Vert.x thread.
 * Do not block in their callbacks. Nothing in this client blocks an event loop: timeouts and the waits
 * between retries (by the settings' {@link dev.acquire4j.ports.RetryPolicy}, under one deadline) run on
 * Vert.x timers, and the answer is read where it arrives. Redirects are never followed, so the API key
 * only ever goes to the configured host.
 *
 * <p>Thread-safe; create one per account and share it. {@link #close()} closes the HTTP client the
 * client created, and the Vert.x instance only if {@link #createStandalone} created it.
 */
public final class VertxAcquireClient implements AutoCloseable {
    /** How long {@link #close()} waits, off Vert.x threads, for a Vert.x instance the client owns to stop. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final boolean ownsVertx;
    private final Promise<Void> closing;
    private final AcquireClient client;
    /** Whether this is a view made by {@link #withSendDeadline}, whose close does nothing. */
    private final boolean isView;
    /** Set by {@link #closeAsync()}, which must not wait; a close through {@link #asAcquireClient()} waits as {@link #close()} does. */
    private final AtomicBoolean closingAsync;

    private VertxAcquireClient(Vertx vertx, boolean ownsVertx, VertxAcquireOptions options) {
        this.ownsVertx = ownsVertx;
        this.closing = Promise.promise();
        this.isView = false;
        this.closingAsync = new AtomicBoolean();
        ClientSettings settings = options.settings();
        HttpClient http = HttpClients.create(vertx, settings, options.keepAliveTimeout(), options.maxPoolSize(),
                options.maxWaitQueueSize(), options.httpClientOptions());
        Runnable release = () -> {
            http.close();
            if (ownsVertx) {
                vertx.close().onComplete(ignored -> closing.tryComplete());
            } else {
                closing.tryComplete();
            }
            if (!closingAsync.get()) {
                awaitClosed();
            }
        };
        this.client = ClientCore.client(settings, new VertxExchange(vertx, http, settings, release),
                "VertxAcquireClient");
    }

    private VertxAcquireClient(VertxAcquireClient original, Duration deadline) {
        this.ownsVertx = original.ownsVertx;
        this.closing = original.closing;
        this.isView = true;
        this.closingAsync = original.closingAsync;
        this.client = original.client.withSendDeadline(deadline);
    }

    /**
     * Creates a client on the caller's Vert.x instance, which {@link #close()} leaves running.
     *
     * @param vertx the Vert.x instance whose event loops run the operations
     * @param options the settings and Vert.x knobs
     * @return the client; close it when done
     * @throws NullPointerException if an argument is {@code null}
     */
    public static VertxAcquireClient create(Vertx vertx, VertxAcquireOptions options) {
        Objects.requireNonNull(vertx, "vertx");
        Objects.requireNonNull(options, "options");
        return new VertxAcquireClient(vertx, false, options);
    }

    /**
     * Creates a client on a Vert.x instance of its own, with Vert.x's default options, which
     * {@link #close()} closes. For applications that do not otherwise use Vert.x; a Vert.x
     * application should pass its own instance to {@link #create}.
     *
     * @param options the settings and Vert.x knobs
     * @return the client; close it when done, or its Vert.x threads keep running
     * @throws NullPointerException if {@code options} is {@code null}
     */
    public static VertxAcquireClient createStandalone(VertxAcquireOptions options) {
        Objects.requireNonNull(options, "options");
        Vertx own = Vertx.vertx();
        try {
            return new VertxAcquireClient(own, true, options);
        } catch (RuntimeException e) {
            own.close();
            throw e;
        }
    }

    /**
     * Sends any message on its own channel.
     *
     * @param message a chat message, e-mail or SMS, validated by its builder
     * @return a future that completes with what Acquire stored, or fails with a {@link NotSentException}
     *     or an {@link OutcomeUnknownException}; never with a Vert.x or Netty exception. The call itself
     *     does not throw.
     */
    public Future<SentMessage> send(OutboundMessage message) {
        return future(a -> a.send(message));
    }

    /**
     * Settles a send that ended with an {@link OutcomeUnknownException} by reading its case back, as
     * {@link dev.acquire4j.ports.AcquireClient#confirm(OutcomeUnknownException)} describes.
     *
     * @param unknown the failure of a send of this client
     * @return a future that completes with stored or not found, or fails with an
     *     {@link OutcomeUnknownException} when the case could not be read; the call itself does not throw
     */
    public Future<Confirmation> confirm(OutcomeUnknownException unknown) {
        return future(a -> a.confirm(unknown));
    }

    /**
     * Runs any operation of {@link #async()} as a Vert.x {@link Future}, e.g.
     * {@code future(a -> a.cases().get(id))} or {@code future(a -> a.caseOpener().open(contact))}.
     *
     * @param <T> the operation's result
     * @param operation picks the operation on the async client and starts it
     * @return a future that completes as the operation's stage does, failing with the acquire4j
     *     exception itself (or the exception {@code operation} threw); the call itself does not throw
     */
    public <T> Future<T> future(Function<AsyncAcquireClient, ? extends CompletionStage<T>> operation) {
        CompletionStage<T> stage;
        try {
            stage = operation.apply(client.async());
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        return Future.fromCompletionStage(stage);
    }

    /**
     * Returns a view of this client whose sends use another deadline (every attempt and wait
     * included) instead of {@link ClientSettings#sendDeadline()}. The view shares this client's
     * connections; closing the view does nothing, closing this client closes both.
     *
     * @param sendDeadline a positive duration of at most 1 hour
     * @return the view
     * @throws dev.acquire4j.domain.ValidationException if the deadline is not positive or over 1 hour
     */
    public VertxAcquireClient withSendDeadline(Duration sendDeadline) {
        return new VertxAcquireClient(this, sendDeadline);
    }

    /** {@return the ports' async client over the same connections; stages fail with our exceptions, unwrapped} */
    public AsyncAcquireClient async() {
        return client.async();
    }

    /**
     * {@return this client as the ports' {@link AcquireClient}: blocking operations, for callers
     * outside Vert.x, and {@link #async()}}
     *
     * <p>Its blocking calls throw {@link IllegalStateException} when made on a Vert.x event-loop
     * thread, since waiting there would stall the loop the answer needs; Vert.x worker threads are
     * fine. Waits between retries sleep the calling thread. Closing the view closes this client
     * (unless this client is itself a {@link #withSendDeadline} view).
     */
    public AcquireClient asAcquireClient() {
        return client;
    }

    /**
     * Closes the client without blocking: later operations fail with a {@link NotSentException}
     * (attempts 0), the HTTP client closes, and so does the Vert.x instance if {@link #createStandalone}
     * created it. Idempotent. On a {@link #withSendDeadline} view it closes nothing.
     *
     * @return a future that completes, never failing, once everything the client created is released
     */
    public Future<Void> closeAsync() {
        if (!isView) {
            closingAsync.set(true);
        }
        client.close();
        return closing.future();
    }

    /**
     * Closes the client as {@link #closeAsync()} does. Off Vert.x threads, also waits up to 10
     * seconds for a Vert.x instance the client owns to stop. Idempotent; does not throw.
     */
    @Override
    public void close() {
        closeAsync();
        if (!isView) {
            awaitClosed();
        }
    }

    /** Off Vert.x threads, waits up to 10 seconds for a Vert.x instance the client owns to stop. */
    private void awaitClosed() {
        if (!ownsVertx || Context.isOnVertxThread()) {
            return;
        }
        try {
            closing.future().toCompletionStage().toCompletableFuture().get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Closing never fails; a Vert.x slow to stop is left to finish on its own.
        }
    }

    /** {@return a description without the key} */
    @Override
    public String toString() {
        return client + (ownsVertx ? " standalone" : " on a shared Vert.x");
    }
}
