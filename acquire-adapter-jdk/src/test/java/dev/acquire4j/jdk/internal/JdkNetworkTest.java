package dev.acquire4j.jdk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violations;
import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.HttpProxy;
import dev.acquire4j.ports.ProxyCredentials;
import java.io.IOException;
import java.net.http.HttpClient;
import javax.net.ssl.SSLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JdkNetworkTest {
    private static ClientSettings.Builder settings() {
        return ClientSettings.builder().account("acme").apiKey(ApiKey.of("k".repeat(32)));
    }

    private static final HttpProxy WITH_CREDENTIALS = HttpProxy.of("proxy.corp.example", 3128)
            .withCredentials(ProxyCredentials.of("svc", "secret"));

    /** The property's value as the JVM sees it; {@code null} is unset, where the JDK's default is Basic. */
    @ParameterizedTest
    @CsvSource(value = {"NULL, true", "Basic, true", "'digest, BASIC', true", "'', false", "Digest, false"}, nullValues = "NULL")
    void proxyCredentialsNeedBasicEnabledForTunnels(String disabledSchemes, boolean refused) {
        Violations v = Violations.of("JdkAcquireClient");
        JdkNetwork.check(v, settings().proxy(WITH_CREDENTIALS).build(), disabledSchemes);
        assertEquals(refused, !v.isEmpty());
        if (refused) {
            ValidationException e = assertThrows(ValidationException.class, v::throwIfAny);
            assertTrue(e.getMessage().contains("-Djdk.http.auth.tunneling.disabledSchemes="), e.getMessage());
            assertFalse(e.getMessage().contains("secret"), e.getMessage());
        }
    }

    @Test
    void aProxyWithoutCredentialsNeedsNoProperty() {
        Violations v = Violations.of("JdkAcquireClient");
        JdkNetwork.check(v, settings().proxy(HttpProxy.of("proxy", 3128)).build(), null);
        assertTrue(v.isEmpty());
    }

    @Test
    void aCallersHttpClientCannotTakeTheProxyOrTrustOfTheSettings() {
        HttpClient own = HttpClient.newBuilder().build();
        ValidationException e = assertThrows(ValidationException.class, () -> JdkAcquireClient.builder()
                .settings(settings().proxy(HttpProxy.of("proxy", 3128)).build()).httpClient(own).build());
        assertTrue(e.getMessage().contains("httpClient"), e.getMessage());
    }

    @Test
    void onlyTheJdksTunnelRefusalCountsAsRefused() {
        assertTrue(JdkNetwork.tunnelRefused(new IOException("Tunnel failed, got: 403")));
        assertFalse(JdkNetwork.tunnelRefused(new IOException("connection reset")));
        assertFalse(JdkNetwork.tunnelRefused(new SSLException("Tunnel failed, said the server")));
    }
}
