package dev.acquire4j.vertx.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.vertx.VertxAcquireClient;
import dev.acquire4j.vertx.VertxAcquireOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's reactive quick start, run against the fake server; the README must show it verbatim. */
class ReactiveQuickStartTest {

    /** The sample: what a Vert.x application does with the client, inside a verticle or handler. */
    static Future<String> notifyShipped(Vertx vertx, ClientSettings settings, SupportCase order) {
        // tag::vertx[]
        VertxAcquireClient acquire = VertxAcquireClient.create(vertx, VertxAcquireOptions.of(settings));
        ChatMessage message = ChatMessage.builder()
                .forCase(order)
                .contactId(order.contactId().orElseThrow())
                .text("Your order has shipped.")
                .build();
        return acquire.send(message)                           // io.vertx.core.Future<SentMessage>
                .map(sent -> "stored as " + sent.id())
                .recover(error -> Future.succeededFuture("failed: " + error.getMessage()))
                .eventually(acquire::closeAsync);              // in an app: one client, closed at shutdown
        // end::vertx[]
    }

    @Test
    void theSampleSendsFromAnEventLoop() throws Exception {
        AcquireState state = new AcquireState();
        SupportCase order = state.openCase(Channel.CHAT);
        Vertx vertx = Vertx.vertx();
        try (FakeAcquireServer server = new FakeAcquireServer(state).start()) {
            ClientSettings settings = ClientSettings.builder().baseUri(server.baseUri()).apiKey(state.validKey()).build();
            CompletableFuture<String> outcome = new CompletableFuture<>();
            vertx.runOnContext(ignored -> notifyShipped(vertx, settings, order)
                    .onComplete(done -> outcome.complete(done.succeeded() ? done.result() : done.cause().toString())));
            String result = outcome.get(30, TimeUnit.SECONDS);
            assertTrue(result.startsWith("stored as "), result);
            assertEquals(1, state.messageCount());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }
}
