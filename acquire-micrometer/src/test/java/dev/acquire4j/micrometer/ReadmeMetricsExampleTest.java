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
            long sent = registry.get("acquire.send").tags("channel", "chat", "outcome", "sent").timer().count();
            // end::metrics[]
            assertEquals(1, sent);
        }
    }

    @Test
    void theReadmeShowsTheSampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/acquire4j/micrometer/ReadmeMetricsExampleTest.java"),
                StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("// tag::metrics\\[]\\n(.*?)\\n\\s*// end::metrics\\[]", Pattern.DOTALL).matcher(source);
        assertTrue(m.find(), "no region metrics");
        List<String> lines = m.group(1).lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder sample = new StringBuilder();
        for (String l : lines) {
            sample.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n');
        }
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(sample), "README.md must contain the metrics sample verbatim:\n" + sample);
    }
}
