package dev.acquire4j.benchmarks;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.RetryPolicy;
import dev.acquire4j.vertx.VertxAcquireClient;
import dev.acquire4j.vertx.VertxAcquireOptions;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contenders of the README's performance comparison, all sending the same chat message to the
 * same server, and the clients they own. Every client is built once and kept for the whole run, so
 * connection pools are warm in every round.
 *
 * <p>The twins are what a user would write by hand: the JDK twins give {@code HttpClient} a cached
 * pool of daemon threads as the adapter does, HTTP/1.1, no redirects, a 30 s request timeout; the
 * async JDK rows have two twins, {@code sendAsync} and blocking {@code send} on a pool of as many
 * threads as sends in flight. The Vert.x twin is a plain Web Client call with no timer of any kind
 * (no redirects, no default User-Agent, keep-alive, the adapter's pool size). Neither twin retries,
 * and the adapters run with {@link RetryPolicy#none()} (no retry happens against this server
 * anyway), except in the latency-bound rows, which use the adapters' defaults throughout.
 */
final class Contenders implements AutoCloseable {
    static final long CASE_ID = 2069;
    static final long CONTACT_ID = 597759;
    static final String TEXT = "Hey added from the api";
    /** The diagnostic contender's key: measured and shown, but not one of the adapters the targets are about. */
    static final String DIAGNOSTIC = "(a') hand-written java.net.http, sendAsync().get()";
    static final String HAND_JDK_BLOCKING = "(a) hand-written java.net.http, blocking";
    static final String JDK_ADAPTER_BLOCKING = "(b) JDK adapter, blocking";
    static final String HAND_JDK_ASYNC = "(a) hand-written java.net.http, sendAsync";
    /** The second twin of the JDK adapter's async rows: blocking sends on a pool of as many threads as sends in flight. */
    static final String HAND_JDK_ON_THREADS = "(a) hand-written java.net.http, send on N threads";
    static final String JDK_ADAPTER_ASYNC = "(c) JDK adapter, async";
    static final String HAND_VERTX = "(d) plain Vert.x Web Client, no timers";
    /** The prefix of the latency-bound rows: the server answers after 50 ms. */
    static final String SLOW = "(f) 50 ms server: ";
    private static final String KEY = "bench-key-0123456789";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final ExecutorService handJdkPool;
    private final HttpClient handJdk;
    private final List<ExecutorService> handJdkSenders = new ArrayList<>();
    private final AcquireClient jdkAdapter;
    private final AcquireClient slowJdkAdapter;
    private final Vertx vertx;
    private final WebClient handVertx;
    private final VertxAcquireClient vertxAdapter;
    private final VertxAcquireClient slowVertxAdapter;
    private final List<Contender> all;

    /**
     * Builds the clients.
     *
     * @param base the loopback server
     * @param slowBase the loopback server that answers after 50 ms, for the latency-bound cells
     * @param diagnose also add a hand-written {@code sendAsync(...).get()}, to show what blocking on
     *     {@code sendAsync} costs against {@code send(...)} on the same client
     */
    Contenders(URI base, URI slowBase, boolean diagnose) {
        HandWritten hand = new HandWritten(base, KEY);
        ClientSettings settings = ClientSettings.builder()
                .baseUri(base)
                .apiKey(ApiKey.of(KEY))
                .retryPolicy(RetryPolicy.none())
                .build();
        // The latency-bound cells use the adapters' defaults throughout.
        ClientSettings slowSettings = ClientSettings.builder().baseUri(slowBase).apiKey(ApiKey.of(KEY)).build();
        ChatMessage message = ChatMessage.builder()
                .caseId(CaseId.of(CASE_ID)).contactId(ContactId.of(CONTACT_ID)).text(TEXT).build();

        handJdkPool = daemonPool("hand-jdk");
        handJdk = HttpClient.newBuilder()
                .executor(handJdkPool)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(ClientSettings.DEFAULT_CONNECT_TIMEOUT)
                .build();
        jdkAdapter = JdkAcquireClient.builder().settings(settings).build();
        slowJdkAdapter = JdkAcquireClient.builder().settings(slowSettings).build();

        // Vert.x defaults, as a Vert.x application would have them; the twin sets no timer of any kind.
        vertx = Vertx.vertx();
        handVertx = WebClient.create(vertx, new WebClientOptions()
                        .setFollowRedirects(false)
                        .setUserAgentEnabled(false)
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(VertxAcquireOptions.DEFAULT_MAX_POOL_SIZE));
        vertxAdapter = VertxAcquireClient.create(vertx, VertxAcquireOptions.of(settings));
        slowVertxAdapter = VertxAcquireClient.create(vertx, VertxAcquireOptions.of(slowSettings));

        List<Contender> contenders = new ArrayList<>(List.of(
                Contender.blocking(HAND_JDK_BLOCKING, null,
                        () -> {
                            HttpResponse<byte[]> r = handJdk.send(handJdkRequest(hand), HttpResponse.BodyHandlers.ofByteArray());
                            hand.answer(r.statusCode(), r.body());
                        }, 1, 16),
                Contender.blocking(JDK_ADAPTER_BLOCKING, HAND_JDK_BLOCKING,
                        () -> jdkAdapter.chat().send(message), 1, 16),
                Contender.async(HAND_JDK_ASYNC, null,
                        done -> handJdk.sendAsync(handJdkRequest(hand), HttpResponse.BodyHandlers.ofByteArray())
                                .thenApply(r -> hand.answer(r.statusCode(), r.body()))
                                .whenComplete((sent, error) -> done.accept(error)), 64, 256),
                handJdkOnThreads(hand, 64),
                handJdkOnThreads(hand, 256),
                Contender.async(JDK_ADAPTER_ASYNC, HAND_JDK_ASYNC,
                        done -> jdkAdapter.async().chat().send(message).whenComplete((sent, error) -> done.accept(error)),
                        64, 256),
                Contender.async(HAND_VERTX, null,
                        done -> handVertx.postAbs(hand.chatUri(CONTACT_ID))
                                .putHeader("Authorization", hand.authorization())
                                .putHeader("Content-Type", "application/json")
                                .putHeader("Accept", "application/json")
                                .putHeader("User-Agent", HandWritten.USER_AGENT)
                                .sendBuffer(Buffer.buffer(hand.chatBody(CASE_ID, TEXT)))
                                .map(r -> hand.answer(r.statusCode(), r.body() == null ? new byte[0] : r.body().getBytes()))
                                .onComplete(result -> done.accept(result.cause())), 1, 16, 64, 256),
                Contender.async("(e) Vert.x adapter, Future", HAND_VERTX,
                        done -> vertxAdapter.send(message).onComplete(result -> done.accept(result.cause())),
                        1, 16, 64, 256),
                Contender.async(SLOW + "JDK adapter, async, defaults", null,
                        done -> slowJdkAdapter.async().chat().send(message).whenComplete((sent, error) -> done.accept(error)),
                        256),
                Contender.async(SLOW + "Vert.x adapter, Future, defaults", null,
                        done -> slowVertxAdapter.send(message).onComplete(result -> done.accept(result.cause())),
                        256)));
        if (diagnose) {
            contenders.add(2, Contender.blocking(DIAGNOSTIC, HAND_JDK_BLOCKING,
                    () -> {
                        HttpResponse<byte[]> r = handJdk.sendAsync(handJdkRequest(hand), HttpResponse.BodyHandlers.ofByteArray())
                                .get(REQUEST_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
                        hand.answer(r.statusCode(), r.body());
                    }, 1, 16));
        }
        all = List.copyOf(contenders);
    }

    /**
     * What a user without {@code sendAsync} writes for N sends in flight: blocking {@code send} on a
     * fixed pool of N threads of their own.
     */
    private Contender handJdkOnThreads(HandWritten hand, int threads) {
        ExecutorService senders = Executors.newFixedThreadPool(threads, daemonFactory("hand-jdk-sender"));
        handJdkSenders.add(senders);
        return Contender.async(HAND_JDK_ON_THREADS, null, done -> senders.execute(() -> {
            Throwable error = null;
            try {
                HttpResponse<byte[]> r = handJdk.send(handJdkRequest(hand), HttpResponse.BodyHandlers.ofByteArray());
                hand.answer(r.statusCode(), r.body());
            } catch (Exception e) {
                error = e;
            }
            done.accept(error);
        }), threads);
    }

    List<Contender> all() {
        return all;
    }

    private static HttpRequest handJdkRequest(HandWritten hand) {
        return HttpRequest.newBuilder(URI.create(hand.chatUri(CONTACT_ID)))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", hand.authorization())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", HandWritten.USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(hand.chatBody(CASE_ID, TEXT)))
                .build();
    }

    /** The same kind of pool the JDK adapter owns when given no executor. */
    private static ExecutorService daemonPool(String name) {
        return Executors.newCachedThreadPool(daemonFactory(name));
    }

    private static ThreadFactory daemonFactory(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        vertxAdapter.close();
        slowVertxAdapter.close();
        handVertx.close();
        vertx.close().await();
        jdkAdapter.close();
        slowJdkAdapter.close();
        handJdkPool.shutdown();
        handJdkSenders.forEach(ExecutorService::shutdown);
    }
}
