package dev.acquire4j.tck.fakes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.acquire4j.testkit.FakeWebhookSender;
import dev.acquire4j.testkit.WebhookResponse;
import dev.acquire4j.testkit.WebhookSigner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook signer against a standard HMAC vector, and the sender against a loopback server. */
class FakeWebhookSenderTest {
    /** One delivery as the endpoint saw it. */
    private record Received(String method, String contentType, String signature, byte[] body) {}

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private HttpServer server;
    private URI endpoint;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", exchange -> {
            received.add(new Received(exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst(WebhookSigner.HEADER),
                    exchange.getRequestBody().readAllBytes()));
            byte[] answer = "thanks".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void signsAsHmacSha256InLowerCaseHex() {
        // RFC 4231, test case 2.
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSigner.of("Jefe").sign("what do ya want for nothing?"));
    }

    @Test
    void neverShowsTheSecret() {
        assertEquals("WebhookSigner[redacted]", WebhookSigner.of("s3cret").toString());
        assertThrows(IllegalArgumentException.class, () -> WebhookSigner.of(""));
    }

    @Test
    void postsASignedDelivery() throws InterruptedException {
        WebhookSigner signer = WebhookSigner.of("test-secret");
        WebhookResponse answer = new FakeWebhookSender(signer, Duration.ofSeconds(5))
                .post(endpoint, "case:status", " {\"id\":2069,\"status\":\"closed\"} ");
        assertEquals(new WebhookResponse(202, "thanks"), answer);
        Received r = received.take();
        byte[] expected = "{\"event\":\"case:status\",\"data\":{\"id\":2069,\"status\":\"closed\"}}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("POST", r.method());
        assertEquals("application/json", r.contentType());
        assertArrayEquals(expected, r.body());
        assertEquals(signer.sign(expected), r.signature());
    }

    @Test
    void postsABodyWithoutASignatureWhenAskedTo() throws InterruptedException {
        new FakeWebhookSender(WebhookSigner.of("x")).postBody(endpoint, new byte[] {'{', '}'}, null);
        assertNull(received.take().signature());
    }

    @Test
    void refusesDataThatIsNotJson() {
        FakeWebhookSender sender = new FakeWebhookSender(WebhookSigner.of("x"));
        assertThrows(IllegalArgumentException.class, () -> sender.post(endpoint, "e", "{oops"));
        assertThrows(IllegalArgumentException.class, () -> sender.post(endpoint, "e", ""));
        assertThrows(IllegalArgumentException.class, () -> sender.post(URI.create("ftp://127.0.0.1/"), "e", "{}"));
        assertFalse(received.iterator().hasNext(), "nothing was posted");
    }
}
