package dev.acquire4j.vertx;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.AsyncSenders;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.vertx.internal.BlockingClient;
import dev.acquire4j.vertx.internal.StageSenders;
import dev.acquire4j.vertx.internal.VertxExchange;
import dev.acquire4j.vertx.internal.HttpClients;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An Acquire client on the Vert.x 5 HTTP client. The only entry point of this module.
 *
 * <pre>{@code
 * VertxAcquireClient acquire = VertxAcquireClient.create(vertx, VertxAcquireOptions.of(settings));
 * acquire.sendChat(message)
 *     .onSuccess(sent -> ...)
 *     .onFailure(error -> ...);   // a NotSentException or an OutcomeUnknownException
 * }</pre>
 *
 * <p>Three views of the same connections:
 * <ul>
 *   <li>{@link #sendChat}, {@link #sendMail}, {@link #sendSms} and {@link #send} return a Vert.x
 *       {@link Future}: the native style.</li>
 *   <li>{@link #async()} gives the ports' {@link AsyncSenders}: the same sends as
 *       {@code CompletionStage}s, failing with our exceptions themselves, never wrapped.</li>
 *   <li>{@link #asAcquireClient()} gives the ports' blocking {@link AcquireClient}, for code outside
 *       Vert.x. Its blocking senders throw {@link IllegalStateException} on a Vert.x event-loop thread.</li>
 * </ul>
 *
 * <p>Futures and stages complete on a Vert.x thread: the calling context's (an event loop, or a worker
 * for a worker context), or an event loop Vert.x picks when the caller is not on a Vert.x thread.
 * Do not block in their callbacks. Nothing in
 * this client blocks an event loop: timeouts and the waits between retries (by the settings'
 * {@link dev.acquire4j.ports.RetryPolicy}, under one send deadline) run on Vert.x timers, and the
 * answer is read where it arrives. Redirects are never followed, so the API key only ever goes to
 * the configured host.
 *
 * <p>Thread-safe; create one per account and share it. {@link #close()} closes the HTTP client the
 * client created, and the Vert.x instance only if {@link #createStandalone} created it.
 */
public final class VertxAcquireClient implements AutoCloseable {
    /** How long {@link #close()} waits, off Vert.x threads, for a Vert.x instance the client owns to stop. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final HttpClient http;
    private final AtomicBoolean closed;
    private final Promise<Void> closing;
    private final VertxExchange exchange;
    private final Duration deadline;
    /** Whether this is a view made by {@link #withSendDeadline}, whose close does nothing. */
    private final boolean isView;
    private final AsyncSenders async;
    private final AcquireClient blocking;
    /** Whether sends check their case first ({@link ClientSettings#checkCaseBeforeSend()}). */
    private final boolean checked;

    private VertxAcquireClient(Vertx vertx, boolean ownsVertx, VertxAcquireOptions options) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.http = HttpClients.create(vertx, options);
        this.closed = new AtomicBoolean();
        this.closing = Promise.promise();
        this.exchange = new VertxExchange(options.settings(), vertx, http, closed::get);
        this.deadline = options.settings().sendDeadline();
        this.isView = false;
        this.checked = options.settings().checkCaseBeforeSend();
        this.async = checkedIfAsked(new StageSenders(exchange, deadline));
        this.blocking = checkedIfAsked(new BlockingClient(exchange, deadline, async, this::close,
                d -> withSendDeadline(d).blocking));
    }

    private VertxAcquireClient(VertxAcquireClient original, Duration deadline) {
        this.vertx = original.vertx;
        this.ownsVertx = original.ownsVertx;
        this.http = original.http;
        this.closed = original.closed;
        this.closing = original.closing;
        this.exchange = original.exchange;
        this.deadline = deadline;
        this.isView = true;
        this.checked = original.checked;
        this.async = checkedIfAsked(new StageSenders(exchange, deadline));
        this.blocking = checkedIfAsked(new BlockingClient(exchange, deadline, async, () -> { },
                d -> withSendDeadline(d).blocking));
    }

    private AsyncSenders checkedIfAsked(AsyncSenders senders) {
        return checked ? senders.checked() : senders;
    }

    private AcquireClient checkedIfAsked(AcquireClient client) {
        return checked ? client.checked() : client;
    }

    /** Sends natively, or through the checked senders when the settings ask for checked sends. */
    private Future<SentMessage> sendNative(OutboundMessage message) {
        return checked ? Future.fromCompletionStage(async.send(message)) : exchange.send(message, deadline);
    }

    /**
     * Creates a client on the caller's Vert.x instance, which {@link #close()} leaves running.
     *
     * @param vertx the Vert.x instance whose event loops run the sends
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
     * Sends a chat message to its case.
     *
     * @param message the message, validated by its builder
     * @return a future that completes with what Acquire stored, or fails with a
     *     {@link NotSentException} or an {@link OutcomeUnknownException}; never with a Vert.x or Netty
     *     exception. The call itself does not throw.
     */
    public Future<SentMessage> sendChat(ChatMessage message) {
        return sendNative(message);
    }

    /**
     * Sends an e-mail on its case.
     *
     * @param message the e-mail, validated by its builder
     * @return a future that completes with what Acquire stored, or fails as {@link #sendChat} describes
     */
    public Future<SentMessage> sendMail(MailMessage message) {
        return sendNative(message);
    }

    /**
     * Sends an SMS to a contact of its case.
     *
     * @param message the SMS, validated by its builder
     * @return a future that completes with what Acquire stored, or fails as {@link #sendChat} describes
     */
    public Future<SentMessage> sendSms(SmsMessage message) {
        return sendNative(message);
    }

    /**
     * Sends any message on its own channel.
     *
     * @param message a chat message, e-mail or SMS
     * @return a future that completes with what Acquire stored, or fails as {@link #sendChat} describes
     */
    public Future<SentMessage> send(OutboundMessage message) {
        return sendNative(message);
    }

    /**
     * Returns a view of this client whose sends use another deadline (every attempt and wait
     * included) instead of {@link dev.acquire4j.ports.ClientSettings#sendDeadline()}. The view shares
     * this client's connections; closing the view does nothing, closing this client closes both.
     *
     * @param sendDeadline a positive duration of at most 1 hour
     * @return the view
     * @throws dev.acquire4j.domain.ValidationException if the deadline is not positive or over 1 hour
     */
    public VertxAcquireClient withSendDeadline(Duration sendDeadline) {
        return new VertxAcquireClient(this, ClientSettings.checkSendDeadline(sendDeadline));
    }

    /** {@return the ports' asynchronous senders over the same connections; stages fail with our exceptions, unwrapped} */
    public AsyncSenders async() {
        return async;
    }

    /**
     * {@return this client as the ports' {@link AcquireClient}: blocking senders, for callers outside
     * Vert.x, and {@link #async()}}
     *
     * <p>Its blocking senders throw {@link IllegalStateException} when called on a Vert.x event-loop
     * thread, since waiting there would stall the loop the answer needs; Vert.x worker threads are
     * fine. Waits between retries sleep the calling thread. Closing the view closes this client
     * (unless this client is itself a {@link #withSendDeadline} view).
     */
    public AcquireClient asAcquireClient() {
        return blocking;
    }

    /**
     * Closes the client without blocking: later sends fail with a {@link NotSentException} (attempts
     * 0), the HTTP client closes, and so does the Vert.x instance if {@link #createStandalone} created
     * it. Idempotent. On a {@link #withSendDeadline} view it closes nothing.
     *
     * @return a future that completes, never failing, once everything the client created is released
     */
    public Future<Void> closeAsync() {
        if (isView) {
            return closing.future();
        }
        if (closed.compareAndSet(false, true)) {
            http.close();
            if (ownsVertx) {
                vertx.close().onComplete(ignored -> closing.tryComplete());
            } else {
                closing.tryComplete();
            }
        }
        return closing.future();
    }

    /**
     * Closes the client as {@link #closeAsync()} does. Off Vert.x threads, also waits up to 10
     * seconds for a Vert.x instance the client owns to stop. Idempotent; does not throw.
     */
    @Override
    public void close() {
        Future<Void> done = closeAsync();
        if (isView || !ownsVertx || Context.isOnVertxThread()) {
            return;
        }
        try {
            done.toCompletionStage().toCompletableFuture().get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Closing never fails; a Vert.x slow to stop is left to finish on its own.
        }
    }

    /** {@return a description without the key} */
    @Override
    public String toString() {
        return "VertxAcquireClient[" + (ownsVertx ? "standalone" : "shared Vert.x") + ", deadline=" + deadline
                + (isView ? ", view" : "") + (closed.get() ? ", closed" : "") + "]";
    }
}
