package dev.acquire4j.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.ValidationException;
import java.net.URI;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpProxyTest {
    private static final String SECRET = "s3cret-Pa55";

    @Test
    void credentialsNeverShowTheirPasswordNorUserName() {
        HttpProxy proxy = HttpProxy.of("proxy.corp.example", 3128).withCredentials(ProxyCredentials.of("svc", SECRET));
        ClientSettings settings = ClientSettings.builder().account("acme").apiKey(ApiKey.of("k".repeat(32)))
                .proxy(proxy).build();
        for (String text : List.of(proxy.toString(), settings.toString(), proxy.credentials().orElseThrow().toString())) {
            assertFalse(text.contains(SECRET), text);
            assertFalse(text.contains("svc"), text);
        }
        assertTrue(settings.toString().contains("proxy=HttpProxy[proxy.corp.example:3128, credentials=hidden]"), settings.toString());
        assertEquals(SECRET, settings.proxy().orElseThrow().credentials().orElseThrow().password());
        assertTrue(settings.proxied());
        assertEquals(proxy, settings.toBuilder().build().proxy().orElseThrow());
    }

    @Test
    void badValuesAreNamedWithoutShowingThePassword() {
        ValidationException e = assertThrows(ValidationException.class, () -> HttpProxy.of(" ", 0));
        assertTrue(e.getMessage().contains("host") && e.getMessage().contains("port"), e.getMessage());
        ValidationException c = assertThrows(ValidationException.class, () -> ProxyCredentials.of("a:b", SECRET + "\n"));
        assertTrue(c.getMessage().contains("username") && c.getMessage().contains("password"), c.getMessage());
        assertFalse(c.getMessage().contains(SECRET), c.getMessage());
        assertThrows(ValidationException.class, () -> HttpProxy.of("p", 1).withBypass("a*b"));
        assertThrows(ValidationException.class, () -> HttpProxy.of("p", 1).withBypass("*"));
        assertThrows(ValidationException.class, () -> HttpProxy.of("p", 1).withBypass("a b"));
    }

    @ParameterizedTest
    @CsvSource({
        "acme.acquire.io, *.acquire.io, false",
        "acme.acquire.io, acme.acquire.io, false",
        "ACME.Acquire.IO, *.acquire.io, false",
        "acme.acquire.io, *.other.example, true",
        "10.1.2.3, 10.*, false",
        "110.1.2.3, 10.*, true",
        "::1, [::1], false",
    })
    void bypassMatchesExactNamesAndOneWildcard(String host, String pattern, boolean proxied) {
        assertEquals(proxied, HttpProxy.of("proxy", 8080).withBypass(pattern).appliesTo(host));
    }

    @Test
    void aBypassedBaseUriIsNotProxied() {
        ClientSettings settings = ClientSettings.builder().baseUri(URI.create("http://127.0.0.1:8080"))
                .apiKey(ApiKey.of("k".repeat(32))).proxy(HttpProxy.of("proxy", 3128).withBypass("127.*")).build();
        assertTrue(settings.proxy().isPresent());
        assertFalse(settings.proxied());
    }

    @Test
    void theJvmPropertiesAreReadOnlyWhenAskedAndOnlyForHttps() {
        Properties p = new Properties();
        assertEquals(Optional.empty(), HttpProxy.fromProperties(p));
        p.setProperty("http.proxyHost", "plain.example");
        assertEquals(Optional.empty(), HttpProxy.fromProperties(p), "Acquire is HTTPS only");
        p.setProperty("https.proxyHost", "secure.example");
        HttpProxy proxy = HttpProxy.fromProperties(p).orElseThrow();
        assertEquals("secure.example", proxy.host());
        assertEquals(443, proxy.port());
        assertEquals(List.of("localhost", "127.*", "[::1]"), proxy.bypass(), "the JVM's default: loopback");
        p.setProperty("https.proxyPort", "3128");
        p.setProperty("http.nonProxyHosts", "*.corp.example|localhost");
        proxy = HttpProxy.fromProperties(p).orElseThrow();
        assertEquals(3128, proxy.port());
        assertEquals(List.of("*.corp.example", "localhost"), proxy.bypass());
        p.setProperty("https.proxyPort", "many");
        ValidationException e = assertThrows(ValidationException.class, () -> HttpProxy.fromProperties(p));
        assertTrue(e.getMessage().contains("https.proxyPort"), e.getMessage());
    }

    @Test
    void aTrustStoreMustHoldACertificate() throws Exception {
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        ClientSettings.Builder b = ClientSettings.builder().account("acme").apiKey(ApiKey.of("k".repeat(32)));
        ValidationException e = assertThrows(ValidationException.class, () -> b.trustStore(empty).build());
        assertTrue(e.getMessage().contains("trustStore"), e.getMessage());
        KeyStore unloaded = KeyStore.getInstance("PKCS12");
        assertThrows(ValidationException.class, () -> b.trustStore(unloaded).build());
    }
}
