package dev.acquire4j.tck.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.faults.ServerFault;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests that each hostile fault of the fake server happens on the wire as its Javadoc says. */
class FakeAcquireServerHostileFaultTest extends FakeServerTestSupport {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private SupportCase c;

    @BeforeEach
    void openCases() {
        c = state.openCase(Channel.CHAT);
    }

    private String path() {
        return "/api/v1/crm/messenger/chat/add-message?contactId=" + c.contactId().orElseThrow() + "&-x-user-type=user";
    }

    private String body(String text) {
        return "{\"channel\":\"chat\",\"caseId\":" + c.id() + ",\"message\":{\"type\":\"message\",\"message\":\"" + text + "\"}}";
    }

    private void post(RawSocketHttp raw, String text) throws IOException {
        raw.post(path(), state.validKey().reveal(), body(text));
    }

    private byte[] finalBody(RawSocketHttp raw, List<String> head) throws IOException {
        return raw.bytes(Long.parseLong(RawSocketHttp.header(head, "content-length")));
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 102, 103})
    void interimComesBeforeTheFinalAnswerOnTheSameConnection(int status) throws IOException {
        server.script(ServerFault.interim(status, Duration.ofMillis(50)));
        try (RawSocketHttp raw = new RawSocketHttp(server.baseUri())) {
            post(raw, "interim");
            List<String> interim = raw.head();
            assertTrue(interim.get(0).startsWith("HTTP/1.1 " + status + " "), interim.toString());
            if (status == 103) {
                assertNotNull(RawSocketHttp.header(interim, "link"), "early hints carry a Link header");
            }
            List<String> last = raw.head();
            assertEquals("HTTP/1.1 200 OK", last.get(0));
            assertTrue(new String(finalBody(raw, last), StandardCharsets.UTF_8).contains("\"id\""));
        }
        assertEquals(1, state.messageCount());
    }

    @Test
    void aLateFinalAnswerAfterAnInterimOneComesBeforeTheNextRequestIsRead() throws IOException {
        server.script(ServerFault.interim(102, Duration.ofMillis(300)), ServerFault.status(400));
        try (RawSocketHttp raw = new RawSocketHttp(server.baseUri())) {
            post(raw, "one");
            assertTrue(raw.head().get(0).startsWith("HTTP/1.1 102 "));
            // A client that took the 102 as final sends its next request now, on the same connection.
            post(raw, "two");
            List<String> first = raw.head();
            assertEquals("HTTP/1.1 200 OK", first.get(0), "the late 200 belongs to send 1");
            finalBody(raw, first);
            List<String> second = raw.head();
            assertTrue(second.get(0).startsWith("HTTP/1.1 400 "), "send 2 gets its own 400: " + second);
        }
        assertEquals(1, state.messageCount());
        assertThrows(IllegalArgumentException.class, () -> ServerFault.interim(101, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ServerFault.interim(200, Duration.ZERO));
    }

    @Test
    void endlessBodyKeepsComingUntilTheClientLeaves() throws IOException {
        server.script(ServerFault.endlessBody());
        try (RawSocketHttp raw = new RawSocketHttp(server.baseUri())) {
            post(raw, "endless");
            List<String> head = raw.head();
            assertEquals("HTTP/1.1 200 OK", head.get(0));
            assertEquals("chunked", RawSocketHttp.header(head, "transfer-encoding"));
            long eightMiB = 8L << 20;
            assertEquals(eightMiB, raw.skip(eightMiB), "far more than any answer, and still coming");
        }
        Poll.until("the endless answer's connection is gone", LIMIT, () -> server.openConnections() == 0);
        assertEquals(1, state.messageCount());
    }

    @Test
    void oversizedBodyIsValidJsonOfTheGivenSize() throws Exception {
        int size = 5 << 20;
        server.script(ServerFault.oversizedBody(size));
        HttpResponse<byte[]> r = http.sendAsync(http.request(path()).header("Authorization", "Bearer " + state.validKey().reveal())
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body("big")))
                .build(), HttpResponse.BodyHandlers.ofByteArray()).get(20, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertEquals(size, r.body().length);
        JsonNode json = RawHttp.JSON.readTree(r.body());
        assertTrue(json.path("data").has("id"), "the documented answer is inside");
        assertEquals(1, state.messageCount());
        assertThrows(IllegalArgumentException.class, () -> ServerFault.oversizedBody(10));
    }

    @Test
    void trickledBodySendsTheHeadAtOnceThenOneBytePerInterval() throws IOException {
        Duration perByte = Duration.ofMillis(5);
        server.script(ServerFault.trickledBody(perByte));
        try (RawSocketHttp raw = new RawSocketHttp(server.baseUri())) {
            post(raw, "trickle");
            List<String> head = raw.head();
            long length = Long.parseLong(RawSocketHttp.header(head, "content-length"));
            long start = System.nanoTime();
            byte[] body = raw.bytes(length);
            long took = System.nanoTime() - start;
            assertEquals(length, body.length, "the whole body arrives in the end");
            assertTrue(took >= (length - 1) * perByte.toNanos(), "no faster than one byte per interval");
        }
        assertThrows(IllegalArgumentException.class, () -> ServerFault.trickledBody(Duration.ZERO));
    }

    @Test
    void cutMidBodyPromisesMoreThanComesThenEndsTheConnection() throws IOException {
        server.script(ServerFault.cutMidBody(), ServerFault.cutMidBody());
        try (RawSocketHttp raw = new RawSocketHttp(server.baseUri())) {
            post(raw, "cut");
            List<String> head = raw.head();
            assertEquals("HTTP/1.1 200 OK", head.get(0));
            long length = Long.parseLong(RawSocketHttp.header(head, "content-length"));
            byte[] body = raw.bytes(length);
            assertTrue(body.length > 0 && body.length < length, body.length + " of " + length + " bytes");
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> http.sendAsync(http.request(path())
                .header("Authorization", "Bearer " + state.validKey().reveal()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body("cut again"))).build(),
                HttpResponse.BodyHandlers.ofString()).get(20, TimeUnit.SECONDS), "no client reads a cut body as whole");
        assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
        assertEquals(2, state.messageCount());
    }

    @Test
    void oversizedHeadersCarryAPaddingHeaderOfTheGivenSize() throws IOException {
        server.script(ServerFault.oversizedHeaders(20_000));
        try (RawSocketHttp raw = new RawSocketHttp(server.baseUri())) {
            post(raw, "headers");
            List<String> head = raw.head();
            assertEquals("HTTP/1.1 200 OK", head.get(0));
            assertEquals(20_000, RawSocketHttp.header(head, "x-padding").length());
            finalBody(raw, head);
        }
        assertEquals(1, state.messageCount());
    }

    @Test
    void aRateLimitWithRetryAfterThreeSecondsLetsATestCloseItsClientDuringTheWait() throws IOException {
        server.script(ServerFault.status(429).withRetryAfter(Duration.ofSeconds(3)));
        try (RawSocketHttp raw = new RawSocketHttp(server.baseUri())) {
            post(raw, "busy");
            List<String> head = raw.head();
            assertTrue(head.get(0).startsWith("HTTP/1.1 429 "));
            assertEquals("3", RawSocketHttp.header(head, "retry-after"));
        }
        assertEquals(0, state.messageCount());
    }
}
