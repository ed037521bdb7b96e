package dev.acquire4j.vertx.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.HttpProxy;
import dev.acquire4j.ports.ProxyCredentials;
import dev.acquire4j.tck.internal.proxy.ConnectProxy;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.FakeTls;
import dev.acquire4j.vertx.VertxAcquireClient;
import dev.acquire4j.vertx.VertxAcquireOptions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's Vert.x options hook, run through a proxy to an HTTPS fake. */
class HttpsAndProxyVertxExampleTest {

    static VertxAcquireOptions options(ClientSettings settings) {
        // tag::vertx-options-hook[]
        VertxAcquireOptions options = VertxAcquireOptions.of(settings)   // proxy and trust store: from the settings
                .withHttpClientOptions(http -> http                      // the rest: Vert.x's own options, last
                        .setTcpKeepAlive(true)
                        .setSslHandshakeTimeout(5)
                        .setSslHandshakeTimeoutUnit(TimeUnit.SECONDS));
        // end::vertx-options-hook[]
        return options;
    }

    @Test
    void theHookedClientSendsThroughTheProxyOverHttps() {
        FakeTls tls = FakeTls.forLoopback();
        try (FakeAcquireServer server = new FakeAcquireServer().tls(tls).start();
                ConnectProxy proxy = new ConnectProxy().requireCredentials("svc-acquire", "proxy-secret")) {
            SupportCase c = server.state().openCase(Channel.CHAT);
            ClientSettings settings = ClientSettings.builder().baseUri(server.baseUri()).apiKey(server.state().validKey())
                    .proxy(HttpProxy.of("127.0.0.1", proxy.port())
                            .withCredentials(ProxyCredentials.of("svc-acquire", "proxy-secret")))
                    .trustStore(tls.trustStore()).build();
            try (VertxAcquireClient acquire = VertxAcquireClient.createStandalone(options(settings))) {
                acquire.asAcquireClient().chat().send(ChatMessage.builder().forCase(c)
                        .contactId(c.contactId().orElseThrow()).text("through the company proxy").build());
            }
            assertEquals(1, server.state().messageCount());
            assertEquals(1, proxy.tunnels());
            assertEquals(1, server.acceptedConnections());
        }
    }
}
