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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The five contenders of the README's performance comparison, all sending the same chat message to the same
 * server, and the clients they own. Every client is built once and kept for the whole run, so
 * connection pools are warm in every round.
 *
 * <p>Where the adapters have settings, the twins get the same ones, so that the ratio measures the
 * library and not a configuration: the JDK twin gives {@code HttpClient} a cached pool of daemon
 * threads as the adapter does, HTTP/1.1, no redirects, a 30 s request timeout; the Vert.x twin
 * uses the adapter's Web Client options (no redirects, no default User-Agent, keep-alive, 32
 * pooled connections) and a 30 s idle timeout. Neither twin retries, and the adapters run with
 * {@link RetryPolicy#none()} (no retry happens against this server anyway).
 */
final class Contenders implements AutoCloseable {
    static final long CASE_ID = 2069;
    static final long CONTACT_ID = 597759;
    static final String TEXT = "Hey added from the api";
    /** The diagnostic contender's key: measured and shown, but not one of the adapters the targets are about. */
    static final String DIAGNOSTIC = "(a') hand-written java.net.http, sendAsync().get()";
    private static final String KEY = "bench-key-0123456789";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final ExecutorService handJdkPool;
    private final HttpClient handJdk;
    private final AcquireClient jdkAdapter;
    private final Vertx vertx;
    private final WebClient handVertx;
    private final VertxAcquireClient vertxAdapter;
    private final List<Contender> all;

    /**
     * Builds the clients.
     *
     * @param base the loopback server
     * @param diagnose also add a hand-written {@code sendAsync(...).get()}: how the JDK adapter makes a
     *     blocking send, to show what that costs against {@code send(...)} on the same client
     */
    Contenders(URI base, boolean diagnose) {
        HandWritten hand = new HandWritten(base, KEY);
        ClientSettings settings = ClientSettings.builder()
                .baseUri(base)
                .apiKey(ApiKey.of(KEY))
                .retryPolicy(RetryPolicy.none())
                .build();
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

        // Vert.x defaults, as a Vert.x application would have them.
        vertx = Vertx.vertx();
        handVertx = WebClient.create(vertx, new WebClientOptions()
                        .setFollowRedirects(false)
                        .setUserAgentEnabled(false)
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(VertxAcquireOptions.DEFAULT_MAX_POOL_SIZE));
        vertxAdapter = VertxAcquireClient.create(vertx, VertxAcquireOptions.of(settings));

        List<Contender> contenders = new ArrayList<>(List.of(
                Contender.blocking("(a) hand-written java.net.http, blocking", null,
                        () -> {
                            HttpResponse<byte[]> r = handJdk.send(handJdkRequest(hand), HttpResponse.BodyHandlers.ofByteArray());
                            hand.answer(r.statusCode(), r.body());
                        }, 1, 16),
                Contender.blocking("(b) JDK adapter, blocking", "(a) hand-written java.net.http, blocking",
                        () -> jdkAdapter.chat().send(message), 1, 16),
                Contender.async("(a) hand-written java.net.http, sendAsync", null,
                        done -> handJdk.sendAsync(handJdkRequest(hand), HttpResponse.BodyHandlers.ofByteArray())
                                .thenApply(r -> hand.answer(r.statusCode(), r.body()))
                                .whenComplete((sent, error) -> done.accept(error)), 64, 256),
                Contender.async("(c) JDK adapter, async", "(a) hand-written java.net.http, sendAsync",
                        done -> jdkAdapter.async().chat().send(message).whenComplete((sent, error) -> done.accept(error)),
                        64, 256),
                Contender.async("(d) hand-written Vert.x Web Client", null,
                        done -> handVertx.postAbs(hand.chatUri(CONTACT_ID))
                                .idleTimeout(REQUEST_TIMEOUT.toMillis())
                                .putHeader("Authorization", hand.authorization())
                                .putHeader("Content-Type", "application/json")
                                .putHeader("Accept", "application/json")
                                .putHeader("User-Agent", HandWritten.USER_AGENT)
                                .sendBuffer(Buffer.buffer(hand.chatBody(CASE_ID, TEXT)))
                                .map(r -> hand.answer(r.statusCode(), r.body() == null ? new byte[0] : r.body().getBytes()))
                                .onComplete(result -> done.accept(result.cause())), 64, 256),
                Contender.async("(e) Vert.x adapter, Future", "(d) hand-written Vert.x Web Client",
                        done -> vertxAdapter.send(message).onComplete(result -> done.accept(result.cause())),
                        64, 256)));
        if (diagnose) {
            contenders.add(2, Contender.blocking(DIAGNOSTIC,
                    "(a) hand-written java.net.http, blocking",
                    () -> {
                        HttpResponse<byte[]> r = handJdk.sendAsync(handJdkRequest(hand), HttpResponse.BodyHandlers.ofByteArray())
                                .get(REQUEST_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
                        hand.answer(r.statusCode(), r.body());
                    }, 1, 16));
        }
        all = List.copyOf(contenders);
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
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        vertxAdapter.close();
        handVertx.close();
        vertx.close().await();
        jdkAdapter.close();
        handJdkPool.shutdown();
    }
}
