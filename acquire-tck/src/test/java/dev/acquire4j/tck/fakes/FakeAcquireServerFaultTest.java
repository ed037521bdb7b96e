package dev.acquire4j.tck.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.faults.FaultPlan;
import dev.acquire4j.testkit.faults.ServerFault;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tests that each scripted or planned fault of the fake server happens on the wire as documented. */
class FakeAcquireServerFaultTest extends FakeServerTestSupport {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private SupportCase c;

    @BeforeEach
    void openCases() {
        c = state.openCase(Channel.CHAT);
    }

    private HttpRequest chat(String text) {
        return chat(http, text);
    }

    private HttpRequest chat(RawHttp over, String text) {
        return over.request("/api/v1/crm/messenger/chat/add-message?contactId=" + c.contactId().orElseThrow()
                + "&-x-user-type=user").header("Authorization", "Bearer " + state.validKey().reveal())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"chat\",\"caseId\":" + c.id()
                        + ",\"message\":{\"type\":\"message\",\"message\":\"" + text + "\"}}")).build();
    }

    private HttpResponse<String> send(String text) {
        return http.send(chat(text));
    }

    private Throwable failure(String text) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> http.sendAsync(chat(text), HttpResponse.BodyHandlers.ofString()).get(20, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void statusWithRetryAfterInSecondsStoresNothing() {
        server.script(ServerFault.status(503).withRetryAfter(Duration.ofMillis(1500)), ServerFault.status(429));
        HttpResponse<String> first = send("one");
        assertEquals(503, first.statusCode());
        assertEquals("2", first.headers().firstValue("retry-after").orElseThrow(), "rounded up to whole seconds");
        HttpResponse<String> second = send("two");
        assertEquals(429, second.statusCode());
        assertFalse(second.headers().firstValue("retry-after").isPresent());
        assertEquals(200, send("three").statusCode(), "a script is used up one request at a time");
        assertEquals(1, state.messageCount());
        assertEquals(3, server.requestCount());
        assertEquals(2, server.faultsInjected());
    }

    @Test
    void statusWithRetryAfterAsAnHttpDate() {
        server.script(ServerFault.status(503, "ERROR_MAINTENANCE").withRetryAfterDate(Instant.parse("2015-10-21T07:28:00Z")));
        HttpResponse<String> r = send("date");
        assertEquals("Wed, 21 Oct 2015 07:28:00 GMT", r.headers().firstValue("retry-after").orElseThrow());
        assertTrue(r.body().contains("ERROR_MAINTENANCE"), r.body());
        assertThrows(IllegalStateException.class, () -> ServerFault.delay(Duration.ZERO).withRetryAfter(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ServerFault.status(200));
    }

    @Test
    void delayStoresAtOnceAndAnswersLate() throws Exception {
        server.script(ServerFault.delay(Duration.ofMillis(300)));
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(chat("late"), HttpResponse.BodyHandlers.ofString());
        Poll.until("the late message is stored", LIMIT, () -> state.messageCount() == 1);
        assertEquals(200, answer.get(20, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void dropBeforeReadClosesWithoutAnswerAndStoresNothing() {
        server.script(ServerFault.dropBeforeRead());
        assertTrue(failure("dropped") instanceof IOException);
        assertEquals(0, state.messageCount());
        assertEquals(1, server.requestCount());
        assertEquals(0, server.requests().get(0).body().length, "the body was never read");
    }

    @Test
    void resetAfterReadStoresThenEndsTheConnectionWithoutAnswer() {
        server.script(ServerFault.resetAfterRead());
        assertTrue(failure("reset") instanceof IOException);
        assertEquals(1, state.messageCount());
        assertEquals(200, send("after the reset").statusCode(), "the next connection works");
    }

    @Test
    void truncatedJsonIsAStored200CutInHalf() {
        server.script(ServerFault.truncatedJson());
        HttpResponse<String> r = send("cut");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        assertTrue(r.body().startsWith("{\"data\":{"), r.body());
        assertThrows(AssertionError.class, () -> RawHttp.json(r));
        assertEquals(1, state.messageCount());
    }

    @Test
    void nonJsonIsAStored200InHtml() {
        server.script(ServerFault.nonJson());
        HttpResponse<String> r = send("html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertEquals(1, state.messageCount());
    }

    @Test
    void aRefusedSendKeepsItsRefusalUnderAGarblingFault() {
        state.closeCase(c.id());
        server.script(ServerFault.nonJson(), ServerFault.truncatedJson());
        assertEquals(400, send("closed").statusCode());
        assertEquals(400, send("closed").statusCode());
        assertEquals(0, state.messageCount());
    }

    @Test
    void slowBodySendsHeadersAtOnceThenTheWholeBody() throws Exception {
        server.script(ServerFault.slowBody(Duration.ofMillis(400)));
        HttpResponse<InputStream> r = http.sendAsync(chat("slow"), HttpResponse.BodyHandlers.ofInputStream())
                .get(20, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), "the headers came before the body");
        assertEquals(1, state.messageCount());
        try (InputStream body = r.body()) {
            assertTrue(RawHttp.JSON.readTree(body).path("data").has("id"), "the whole body arrives in the end");
        }
    }

    @Test
    void faultPlanDrawsWithItsProbabilitiesUntilReplaced() {
        server.faultPlan(FaultPlan.seeded(7).with(1.0, ServerFault.status(429)));
        assertEquals(429, send("a").statusCode());
        assertEquals(429, send("b").statusCode());
        server.script(ServerFault.none());
        assertEquals(200, send("scripted none wins over the plan").statusCode());
        server.faultPlan(FaultPlan.none());
        assertEquals(200, send("c").statusCode());
        assertEquals(2, server.faultsInjected());
        assertThrows(IllegalArgumentException.class,
                () -> FaultPlan.seeded(1).with(0.6, ServerFault.status(500)).with(0.5, ServerFault.status(503)));
    }

    @Test
    void aSeededPlanDrawsTheSameSequenceEveryTime() {
        FaultPlan plan = FaultPlan.seeded(42).with(0.3, ServerFault.status(503)).with(0.2, ServerFault.status(429));
        server.faultPlan(plan);
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            first.append(send("a").statusCode()).append(',');
        }
        StringBuilder second = new StringBuilder();
        try (FakeAcquireServer other = new FakeAcquireServer(state).start(); RawHttp otherHttp = new RawHttp(other.baseUri())) {
            other.faultPlan(plan);
            for (int i = 0; i < 60; i++) {
                second.append(otherHttp.send(chat(otherHttp, "a")).statusCode()).append(',');
            }
        }
        assertEquals(first.toString(), second.toString());
        assertTrue(first.toString().contains("503") && first.toString().contains("429") && first.toString().contains("200"));
    }

    @Test
    void countsOpenConnections() throws IOException {
        assertEquals(0, server.openConnections());
        try (Socket s = new Socket(server.baseUri().getHost(), server.baseUri().getPort())) {
            Poll.until("one open connection", LIMIT, () -> server.openConnections() == 1);
            assertTrue(s.isConnected());
        }
        Poll.until("the closed connection is counted out", LIMIT, () -> server.openConnections() == 0);
        assertEquals(1, server.acceptedConnections());
    }

    @Test
    void closeDoesNotWaitForALateAnswer() {
        server.script(ServerFault.delay(Duration.ofMinutes(5)));
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(chat("never"), HttpResponse.BodyHandlers.ofString());
        Poll.until("the request arrived", LIMIT, () -> server.requestCount() == 1);
        long start = System.nanoTime();
        server.close();
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0, "close() took too long");
        assertThrows(ExecutionException.class, () -> pending.get(20, TimeUnit.SECONDS));
        assertEquals(0, server.openConnections());
    }

    @Test
    void faultsDescribeThemselves() {
        assertEquals("ServerFault[503, Retry-After: 0]", ServerFault.status(503).withRetryAfter(Duration.ZERO).toString());
        assertEquals(ServerFault.status(500, "E"), ServerFault.status(500, "E"));
        assertFalse(ServerFault.dropBeforeRead().storesMessage());
        assertTrue(ServerFault.resetAfterRead().storesMessage());
    }
}
