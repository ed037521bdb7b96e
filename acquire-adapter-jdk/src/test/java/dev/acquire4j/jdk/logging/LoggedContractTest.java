package dev.acquire4j.jdk.logging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.tck.AcquireClientContract;
import dev.acquire4j.tck.ContractFixture;
import dev.acquire4j.tck.SendStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Runs the whole contract through the JDK adapter with every logger at every level (see
 * {@link RecordingLoggerFinder}), then fails if any line shows the API key, or a phone number,
 * e-mail address or message text the contract sent, unmasked.
 */
class LoggedContractTest extends AcquireClientContract {
    /** Every key the fake account makes starts so (AcquireState); a bearer header would show it. */
    private static final List<String> SECRETS = List.of("acq-test-", "Bearer", "Authorization");
    /** The contract's numbers and addresses (ContractMessages), with and without the plus. */
    private static final List<String> PERSONAL = List.of("+919666929552", "919666929552", "+12513188609",
            "12513188609", "ann@customer.example", "team@shop.example", "support@shop.example");
    /** Texts the contract sends, long enough not to match by chance. */
    private static final List<String> TEXTS = List.of("Your order has shipped", "after maintenance",
            "second time lucky", "Hi by SMS", "Shipped today", "<p>Shipped</p>", "after the rate limit",
            "heard twice", "despite the listener", "nobody home", "worth the wait", "sms from the agent", "too fast");

    @Override
    protected ContractFixture fixture() {
        return ContractFixture.overFakeServer(
                settings -> JdkAcquireClient.builder().settings(settings).build(), SendStyle.ASYNC);
    }

    @BeforeAll
    static void startRecording() {
        RecordingLoggerFinder.clear();
    }

    @AfterAll
    static void nothingSecretOrPersonalWasLogged() {
        List<String> lines = RecordingLoggerFinder.lines();
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            for (List<String> forbidden : List.of(SECRETS, PERSONAL, TEXTS)) {
                forbidden.stream().filter(line::contains).forEach(f -> leaks.add(f + " in: " + line));
            }
        }
        assertTrue(leaks.isEmpty(), leaks.size() + " log lines leak:\n" + String.join("\n", leaks));
        List<String> sends = lines.stream().filter(l -> l.startsWith("DEBUG dev.acquire4j.send: ")).collect(Collectors.toList());
        assertTrue(sends.size() > 50, "the recorder caught too few send lines to prove anything: " + sends.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("INFO dev.acquire4j.send: ") && l.contains("retrying in")),
                "a retry line at INFO");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARNING dev.acquire4j.send: ") && l.contains("RateLimited")),
                "a throttling line at WARNING");
        // The masked forms are there, so the lines do carry recipients and texts, just not in clear.
        assertTrue(sends.stream().anyMatch(l -> l.contains("to=+919*******52")), "a masked phone number");
        assertTrue(sends.stream().anyMatch(l -> l.contains("to=a***@customer.example")), "a masked e-mail address");
        assertTrue(sends.stream().anyMatch(l -> l.contains("text=<17 chars>")), "a masked text (after maintenance)");
    }
}
