package dev.acquire4j.jdk.internal;

import dev.acquire4j.ports.ProxyCredentials;
import dev.acquire4j.protocol.spi.Header;
import dev.acquire4j.protocol.spi.Transport;
import dev.acquire4j.protocol.spi.WireAnswer;
import dev.acquire4j.protocol.spi.WireRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Adds the proxy's Basic credentials to every request, as a {@code Proxy-Authorization} header that
 * {@code java.net.http} moves to the {@code CONNECT} of the tunnel and leaves out of the request
 * inside it. Used only when the settings have a proxy with credentials. Chosen over an
 * {@link java.net.Authenticator}: with one set, {@code java.net.http} turns a server's 401 without
 * {@code WWW-Authenticate} (as Acquire answers a wrong key) into an {@code IOException}, which would
 * hide the refused key behind an unknown outcome. Thread-safe.
 */
final class ProxyAuthorizing implements Transport {
    private static final String PROXY_AUTHORIZATION = "Proxy-Authorization";

    private final Transport exchange;
    private final Header authorization;

    ProxyAuthorizing(Transport exchange, ProxyCredentials credentials) {
        this.exchange = exchange;
        this.authorization = new Header(PROXY_AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8)));
    }

    private WireRequest authorized(WireRequest wire) {
        List<Header> headers = new ArrayList<>(wire.headers());
        headers.add(authorization);
        return new WireRequest(wire.operation(), wire.method(), wire.uri(), wire.endpoint(), headers, wire.body());
    }

    @Override
    public WireAnswer attemptBlocking(WireRequest request, Duration timeout) throws Exception {
        return exchange.attemptBlocking(authorized(request), timeout);
    }

    @Override
    public CompletionStage<WireAnswer> attemptAsync(WireRequest request, Duration timeout) {
        return exchange.attemptAsync(authorized(request), timeout);
    }

    @Override
    public boolean mayHaveBeenWritten(Throwable failure) {
        return exchange.mayHaveBeenWritten(failure);
    }

    @Override
    public void schedule(Duration delay, Runnable task) {
        exchange.schedule(delay, task);
    }

    @Override
    public void checkMayBlock() {
        exchange.checkMayBlock();
    }

    @Override
    public void close() {
        exchange.close();
    }
}
