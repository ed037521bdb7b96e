package dev.acquire4j.jdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.HttpProxy;
import dev.acquire4j.ports.ProxyCredentials;
import dev.acquire4j.tck.internal.proxy.ConnectProxy;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.FakeTls;
import java.net.URI;
import java.security.KeyStore;
import org.junit.jupiter.api.Test;

/** The README's "HTTPS and proxies" sample for the JDK transport, run through a proxy to an HTTPS fake. */
class HttpsAndProxyExampleTest {

    static ClientSettings proxiedSettings(URI baseUri, String apiKey, String proxyHost, int proxyPort,
            String proxyPassword, KeyStore companyRoots) {
        // tag::https-proxy-settings[]
        ClientSettings settings = ClientSettings.builder()
                .baseUri(baseUri)                            // or .account("acme"): https://acme.acquire.io
                .apiKey(ApiKey.of(apiKey))
                .proxy(HttpProxy.of(proxyHost, proxyPort)    // one CONNECT tunnel per connection
                        .withCredentials(ProxyCredentials.of("svc-acquire", proxyPassword))
                        .withBypass("*.corp.example"))       // hosts reached directly
                .trustStore(companyRoots)                    // instead of the JVM's cacerts; omit for the default
                .build();
        // end::https-proxy-settings[]
        return settings;
    }

    private static int sendOneChat(ClientSettings settings, AcquireState state) {
        SupportCase c = state.openCase(Channel.CHAT);
        try (AcquireClient acquire = JdkAcquireClient.builder().settings(settings).build()) {
            acquire.chat().send(ChatMessage.builder().forCase(c).contactId(c.contactId().orElseThrow()).text("hello").build());
        }
        return state.messageCount();
    }

    @Test
    void theTestkitSampleServesHttps() {
        int stored;
        // tag::fake-https[]
        FakeTls tls = FakeTls.forLoopback();
        try (FakeAcquireServer server = new FakeAcquireServer().tls(tls).start()) {   // https://127.0.0.1:<port>
            ClientSettings settings = ClientSettings.builder().baseUri(server.baseUri())
                    .apiKey(server.state().validKey()).trustStore(tls.trustStore()).build();
            stored = sendOneChat(settings, server.state());                           // through any adapter
        }
        // end::fake-https[]
        assertEquals(1, stored);
    }

    @Test
    void theSampleSendsThroughTheProxyOverHttps() {
        FakeTls tls = FakeTls.forLoopback();
        try (FakeAcquireServer server = new FakeAcquireServer().tls(tls).start();
                ConnectProxy proxy = new ConnectProxy().requireCredentials("svc-acquire", "proxy-secret")) {
            SupportCase c = server.state().openCase(Channel.CHAT);
            ClientSettings settings = proxiedSettings(server.baseUri(), server.state().validKey().reveal(), "127.0.0.1",
                    proxy.port(), "proxy-secret", tls.trustStore());
            try (AcquireClient acquire = JdkAcquireClient.builder().settings(settings).build()) {
                acquire.chat().send(ChatMessage.builder().forCase(c).contactId(c.contactId().orElseThrow())
                        .text("through the company proxy").build());
            }
            assertEquals(1, server.state().messageCount());
            assertEquals(1, proxy.tunnels());
            assertEquals(1, server.acceptedConnections());
        }
    }
}
