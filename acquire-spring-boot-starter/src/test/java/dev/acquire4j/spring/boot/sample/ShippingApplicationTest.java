package dev.acquire4j.spring.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample application sends a chat message through the fake server with the client the starter
 * made from {@code application.properties} alone; only the fake server's address comes from the test.
 */
@SpringBootTest(classes = ShippingApplication.class)
class ShippingApplicationTest {
    /** The key application.properties names; the fake server accepts it. */
    private static final AcquireState STATE = new AcquireState(ApiKey.of("ak_test_shipping_0123456789"),
            ApiKey.of("ak_test_forbidden_0123456789"), Clock.systemUTC());
    private static final FakeAcquireServer SERVER = new FakeAcquireServer(STATE).start();

    @DynamicPropertySource
    static void acquireServer(DynamicPropertyRegistry registry) {
        registry.add("acquire.base-url", () -> SERVER.baseUri().toString());
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Autowired
    ShippingNotifier notifier;

    @Test
    void theApplicationSendsAChatMessageConfiguredByPropertiesAlone() {
        SupportCase order = STATE.openCase(Channel.CHAT);
        SentMessage sent = notifier.orderShipped(order);
        assertThat(STATE.messages(order.id())).hasSize(1);
        assertThat(STATE.messages(order.id()).get(0).text()).isEqualTo("Your order has shipped.");
        assertThat(sent.caseId()).contains(order.id());
        RecordedRequest request = SERVER.requests().get(SERVER.requests().size() - 1);
        assertThat(request.header("User-Agent").orElseThrow()).contains("shipping/1.0");
    }

    @Test
    void theReadmeShowsTheApplicationPropertiesVerbatim() throws IOException {
        String properties = Files.readString(Path.of("src/test/resources/application.properties"), StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("```properties\n" + properties + "```");
    }
}
