package dev.acquire4j.webhooks.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.testkit.FakeWebhookSender;
import dev.acquire4j.testkit.WebhookResponse;
import dev.acquire4j.testkit.WebhookSigner;
import dev.acquire4j.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's sample behind a JDK HttpServer on loopback, fed by the testkit's FakeWebhookSender:
 * the testkit signs with javax.crypto, the module verifies with its own code. Also checks that the
 * README shows the samples verbatim.
 */
class WebhookRoundTripTest {
    private static final String SECRET = "test-secret";

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String yourEndpoint;

    @BeforeEach
    void start() throws IOException {
        AcquireWebhooks webhooks = new AcquireWebhooks(SECRET, new AcquireWebhooks.Inbox() {
            @Override
            public void message(CaseId caseId, String text) {
                seen.add(caseId + ": " + text);
            }

            @Override
            public void closed(CaseId caseId) {
                seen.add(caseId + " closed");
            }
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks/acquire", exchange -> {
            int status = webhooks.handle(exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders().getFirst(WebhookVerifier.SIGNATURE_HEADER));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        yourEndpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/acquire";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aSignedDeliveryIsVerifiedAndHandled() {
        // tag::webhook-test[]
        FakeWebhookSender acquire = new FakeWebhookSender(WebhookSigner.of("test-secret"));
        WebhookResponse answer = acquire.post(URI.create(yourEndpoint),      // your endpoint, on loopback
                "case:message:new", "{\"id\":8289,\"caseId\":2069,\"message\":\"Hi\"}");
        assertEquals(200, answer.status());
        // end::webhook-test[]
        acquire.post(URI.create(yourEndpoint), "case:status", "{\"id\":2069,\"status\":\"closed\"}");
        acquire.post(URI.create(yourEndpoint), "agent:status", "{\"userId\":25}");
        assertEquals(List.of("2069: Hi", "2069 closed"), seen);
    }

    @Test
    void theDocumentedAnswerPrettyPrintedIsAcceptedWithTheSignatureOfItsStringifiedForm() {
        byte[] pretty = resource("case-message-new.pretty.json");
        String nodeSignature = WebhookSigner.of("whsec-acquire4j-test").sign(resource("case-message-new.json"));
        AcquireWebhooks webhooks = new AcquireWebhooks("whsec-acquire4j-test", new AcquireWebhooks.Inbox() {
            @Override
            public void message(CaseId caseId, String text) {
                seen.add(caseId + ": " + text);
            }

            @Override
            public void closed(CaseId caseId) {}
        });
        assertEquals(200, webhooks.handle(pretty, nodeSignature));
        assertEquals(List.of("2069: Hey added from the api"), seen);
    }

    @Test
    void refusedDeliveriesAreNotHandled() {
        URI endpoint = URI.create(yourEndpoint);
        byte[] body = FakeWebhookSender.delivery("case:status", "{\"id\":2069,\"status\":\"closed\"}");
        assertEquals(401, new FakeWebhookSender(WebhookSigner.of("wrong")).postBody(endpoint, body).status());
        FakeWebhookSender acquire = new FakeWebhookSender(WebhookSigner.of(SECRET));
        assertEquals(401, acquire.postBody(endpoint, body, null).status());
        assertEquals(401, acquire.postBody(endpoint, body, "not-hex").status());
        byte[] notADelivery = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
        assertEquals(400, acquire.postBody(endpoint, notADelivery).status());
        assertEquals(List.of(), seen);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebhookRoundTripTest.class.getResourceAsStream("/webhooks/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
