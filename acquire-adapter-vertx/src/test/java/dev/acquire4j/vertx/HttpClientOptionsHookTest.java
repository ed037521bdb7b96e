package dev.acquire4j.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.tck.ContractMessages;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.FakeTls;
import io.vertx.core.net.TrustOptions;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** The hook on the Vert.x HTTP client's options runs once, last, and can add what the settings lack. */
class HttpClientOptionsHookTest {

    @Test
    void theHookAddsTrustTheSettingsDoNotHave() throws Exception {
        FakeTls tls = FakeTls.forLoopback();
        try (FakeAcquireServer server = new FakeAcquireServer().tls(tls).start()) {
            SupportCase c = server.state().openCase(Channel.CHAT);
            ClientSettings settings = ClientSettings.builder().baseUri(server.baseUri())
                    .apiKey(server.state().validKey()).build();
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(tls.trustStore());
            AtomicInteger calls = new AtomicInteger();
            VertxAcquireOptions options = VertxAcquireOptions.of(settings).withHttpClientOptions(o -> {
                calls.incrementAndGet();
                assertTrue(o.isVerifyHost(), "the client's own options are applied before the hook");
                return o.setTrustOptions(TrustOptions.wrap(trust));
            });
            try (VertxAcquireClient client = VertxAcquireClient.createStandalone(options)) {
                client.asAcquireClient().chat().send(ContractMessages.chat(c, "trusted by the hook"));
            }
            assertEquals(1, calls.get());
            assertEquals(1, server.state().messageCount());
        }
    }

    @Test
    void withoutTheHookOrTrustTheCertificateIsRefused() {
        try (FakeAcquireServer server = new FakeAcquireServer().tls(FakeTls.forLoopback()).start()) {
            SupportCase c = server.state().openCase(Channel.CHAT);
            ClientSettings settings = ClientSettings.builder().baseUri(server.baseUri())
                    .apiKey(server.state().validKey()).build();
            try (VertxAcquireClient client = VertxAcquireClient.createStandalone(VertxAcquireOptions.of(settings))) {
                assertThrows(NotSentException.class,
                        () -> client.asAcquireClient().chat().send(ContractMessages.chat(c, "untrusted")));
            }
            assertEquals(0, server.requestCount());
        }
    }

    @Test
    void aMissingHookIsNamed() {
        ClientSettings settings = ClientSettings.builder().account("acme").apiKey(ApiKey.of("k".repeat(32))).build();
        ValidationException e = assertThrows(ValidationException.class,
                () -> VertxAcquireOptions.of(settings).withHttpClientOptions(null));
        assertTrue(e.getMessage().contains("httpClientOptions"), e.getMessage());
    }
}
