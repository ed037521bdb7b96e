package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.FaultSupport.fastRetries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.HttpProxy;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.ProxyCredentials;
import dev.acquire4j.tck.internal.proxy.ConnectProxy;
import dev.acquire4j.testkit.FakeTls;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Rules r17: an HTTP proxy. With {@code ClientSettings.proxy}, the client reaches the HTTPS server
 * through one {@code CONNECT} tunnel per connection, sends the proxy's Basic credentials when it asks
 * for them (and nowhere else, never in a message), fails as not sent when the proxy refuses the
 * tunnel, and goes direct to a host that bypasses the proxy. The proxy is a small one of the suite's
 * own, on loopback.
 */
public interface ProxyRules extends RuleGroup {
    /** Why the in-memory fake skips these rules. */
    String NO_PROXY = "the in-memory client has no connection to tunnel";
    /** The proxy password of the rules; it must never show in a message or a description. */
    String SECRET = "pr0xy-s3cret";

    /** {@return a proxy setting for the test proxy} */
    private static HttpProxy through(ConnectProxy proxy) {
        return HttpProxy.of("127.0.0.1", proxy.port());
    }

    /**
     * Tests that a send and a lookup through the proxy reach the HTTPS server, and that the proxy
     * opened exactly one tunnel per connection the server accepted, all to the server.
     */
    @Test
    default void r17_1_sendThroughTheProxyReachesTheServerOverHttps() {
        support().assume(Capability.PROXY, NO_PROXY);
        support().current().serveTls(FakeTls.forLoopback(), true);
        try (ConnectProxy proxy = new ConnectProxy()) {
            SupportCase c = support().state().openCase(Channel.CHAT);
            AcquireClient client = support().current().client(s -> s.proxy(through(proxy)));
            support().send(client, chat(c, "through the tunnel"));
            assertEquals(LookupRules.withoutTimeline(c), support().getCase(client, c.id()));
            assertEquals(1, support().state().messageCount());
            assertEquals(2, support().requestsSeen());
            assertTrue(proxy.tunnels() >= 1, "the client used the proxy");
            assertEquals(support().current().acceptedConnections(), proxy.tunnels(), "one tunnel per connection");
            assertEquals(proxy.connections(), proxy.tunnels(), "one CONNECT per proxy connection");
            assertEquals(1, proxy.targets().stream().distinct().count(), "every tunnel to the server: " + proxy.targets());
            assertTrue(proxy.targets().get(0).startsWith("127.0.0.1:"), proxy.targets().toString());
        }
    }

    /** Tests that a proxy refusing the tunnel (403) fails the send as not sent; the server sees nothing. */
    @Test
    default void r17_2_refusedTunnelIsNotSent() {
        support().assume(Capability.PROXY, NO_PROXY);
        support().current().serveTls(FakeTls.forLoopback(), true);
        try (ConnectProxy proxy = new ConnectProxy().refuseWith(403)) {
            SupportCase c = support().state().openCase(Channel.CHAT);
            AcquireClient client = support().current().client(s -> s.proxy(through(proxy))
                    .retryPolicy(fastRetries().maxAttempts(2).build()));
            NotSentException e = support().sendFails(NotSentException.class, client, chat(c, "blocked"));
            assertFalse(e.mayHaveBeenSent());
            assertTrue(proxy.connections() >= 1, "the client asked the proxy");
            assertEquals(0, proxy.tunnels());
            assertEquals(0, support().current().acceptedConnections(), "nothing reached the server");
            assertEquals(0, support().state().messageCount());
        }
    }

    /**
     * Tests that a proxy asking for credentials (407) gets them with Basic and opens the tunnel; the
     * password shows in no description of the settings.
     */
    @Test
    default void r17_3_proxyAskingForCredentialsGetsThem() {
        support().assume(Capability.PROXY, NO_PROXY);
        support().current().serveTls(FakeTls.forLoopback(), true);
        try (ConnectProxy proxy = new ConnectProxy().requireCredentials("svc-acquire", SECRET)) {
            SupportCase c = support().state().openCase(Channel.CHAT);
            AtomicReference<String> described = new AtomicReference<>();
            AcquireClient client = support().current().client(s -> described.set(s.proxy(through(proxy)
                    .withCredentials(ProxyCredentials.of("svc-acquire", SECRET))).build().toString()));
            support().send(client, chat(c, "authenticated tunnel"));
            assertEquals(1, support().state().messageCount());
            assertTrue(proxy.authorizations().contains("Basic " + Base64.getEncoder()
                    .encodeToString(("svc-acquire:" + SECRET).getBytes(StandardCharsets.UTF_8))));
            assertEquals(support().current().acceptedConnections(), proxy.tunnels(), "one tunnel per connection");
            assertTrue(support().wire().stream().allMatch(r -> r.header("Proxy-Authorization").isEmpty()),
                    "the proxy's credentials stay with the proxy, out of the tunnelled request");
            assertFalse(described.get().contains(SECRET), described.get());
            assertTrue(described.get().contains("proxy="), described.get());
        }
    }

    /** Tests that wrong proxy credentials fail the send as not sent, and no message shows the password. */
    @Test
    default void r17_4_wrongProxyCredentialsAreNotSent() {
        support().assume(Capability.PROXY, NO_PROXY);
        support().current().serveTls(FakeTls.forLoopback(), true);
        try (ConnectProxy proxy = new ConnectProxy().requireCredentials("svc-acquire", "another-password")) {
            SupportCase c = support().state().openCase(Channel.CHAT);
            AcquireClient client = support().current().client(s -> s.proxy(through(proxy)
                    .withCredentials(ProxyCredentials.of("svc-acquire", SECRET))).retryPolicy(fastRetries().maxAttempts(2).build()));
            NotSentException e = support().sendFails(NotSentException.class, client, chat(c, "wrong password"));
            assertFalse(e.mayHaveBeenSent());
            assertFalse(String.valueOf(e.getMessage()).contains(SECRET), e.getMessage());
            assertFalse(e.toString().contains(SECRET), e.toString());
            assertEquals(0, proxy.tunnels());
            assertEquals(0, support().current().acceptedConnections(), "nothing reached the server");
        }
    }

    /** Tests that a host on the bypass list is reached directly: the proxy sees no connection. */
    @Test
    default void r17_5_bypassedHostGoesDirect() {
        support().assume(Capability.PROXY, NO_PROXY);
        support().current().serveTls(FakeTls.forLoopback(), true);
        try (ConnectProxy proxy = new ConnectProxy()) {
            SupportCase c = support().state().openCase(Channel.CHAT);
            AcquireClient client = support().current().client(s -> s.proxy(through(proxy).withBypass("localhost", "127.*")));
            support().send(client, chat(c, "direct"));
            assertEquals(1, support().state().messageCount());
            assertEquals(0, proxy.connections());
        }
    }
}
