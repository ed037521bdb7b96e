package dev.acquire4j.tck.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.FakeTls;

class FakeAcquireServerTlsTest {

    private static HttpResponse<String> get(SSLContext context, URI uri) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1).build();
        return client.send(HttpRequest.newBuilder(uri.resolve("/no-such-path")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesHttpsWithACertificateMadeAtStartForLoopback() throws Exception {
        FakeTls tls = FakeTls.forLoopback();
        try (FakeAcquireServer server = new FakeAcquireServer().tls(tls).start()) {
            assertEquals("https", server.baseUri().getScheme());
            HttpResponse<String> answer = get(tls.clientContext(), server.baseUri());
            assertEquals(404, answer.statusCode());
            assertEquals(1, server.requestCount());
            assertEquals(1, server.tlsProtocols().size());
            assertTrue(FakeTls.MODERN_PROTOCOLS.contains(server.tlsProtocols().get(0)), server.tlsProtocols().toString());
            assertEquals(tls, server.tls().orElseThrow());
        }
    }

    @Test
    void theCertificateNamesLoopbackAndIsValidNowOnly() throws Exception {
        X509Certificate certificate = FakeTls.forLoopback().certificate();
        certificate.checkValidity();
        certificate.verify(certificate.getPublicKey());
        assertEquals(List.of(List.of(7, "127.0.0.1"), List.of(2, "localhost")),
                certificate.getSubjectAlternativeNames().stream().map(List::copyOf).toList());
        assertTrue(certificate.getNotAfter().getTime() - System.currentTimeMillis() < 8L * 24 * 3600 * 1000);
    }

    @Test
    void aClientWithoutTheTrustMaterialIsRefusedDuringTheHandshake() throws Exception {
        try (FakeAcquireServer server = new FakeAcquireServer().tls(FakeTls.forLoopback()).start()) {
            assertThrows(SSLHandshakeException.class, () -> get(SSLContext.getDefault(), server.baseUri()));
            assertEquals(0, server.requestCount());
            assertEquals(List.of(), server.tlsProtocols());
        }
    }

    @Test
    void aCertificateForAnotherNameFailsTheHostNameCheck() throws Exception {
        FakeTls tls = FakeTls.forNames("other.invalid");
        try (FakeAcquireServer server = new FakeAcquireServer().tls(tls).start()) {
            assertThrows(SSLHandshakeException.class, () -> get(tls.clientContext(), server.baseUri()));
            assertEquals(0, server.requestCount());
        }
    }

    @Test
    void tlsIsChosenBeforeStart() {
        try (FakeAcquireServer server = new FakeAcquireServer().start()) {
            assertThrows(IllegalStateException.class, () -> server.tls(FakeTls.forLoopback()));
            assertEquals("http", server.baseUri().getScheme());
            assertEquals(List.of(), server.tlsProtocols());
        }
    }
}
