package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.records.StoredMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the key may be sent, through which transport, and for how long. */
class TargetAndTransportTest extends CliTestSupport {

    private String[] chatTo(String... target) {
        return concat(new String[] {"send", "chat"}, target, address(state.openCase(Channel.CHAT)),
                new String[] {"--text", "hi"});
    }

    @Test
    void aHostileAccountIsRefusedBeforeAnyRequest() {
        Run run = run(chatTo("--account", "evil.com#")).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("--account: must be a single DNS label"), run.err());
        run(chatTo("--account", "acme.evil.com")).expect(ExitCodes.INVALID);
        run(chatTo("--account", "user@acme")).expect(ExitCodes.INVALID);
        assertEquals(0, server.requestCount());
    }

    @Test
    void exactlyOneOfAccountAndBaseUrl() {
        Run both = run(chatTo("--account", "acme", "--base-url", baseUrl())).expect(ExitCodes.INVALID);
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        Run neither = run(chatTo()).expect(ExitCodes.INVALID);
        assertTrue(neither.err().contains("--account") && neither.err().contains("--base-url"), neither.err());
        assertEquals(0, server.requestCount());
    }

    @Test
    void plainHttpIsRefusedForAHostThatIsNotLoopback() {
        Run run = run(chatTo("--base-url", "http://acquire.example.com")).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("--base-url: must use https"), run.err());
        Run garbage = run(chatTo("--base-url", "http://[::1")).expect(ExitCodes.INVALID);
        assertTrue(garbage.err().contains("--base-url: is not a valid URL"), garbage.err());
    }

    @Test
    void everyChannelSendsOverTheVertxTransport() {
        SupportCase chat = state.openCase(Channel.CHAT);
        ContactId contact = chat.contactId().orElseThrow();
        SupportCase mail = state.openCase(contact, Channel.EMAIL);
        SupportCase sms = state.openCase(contact, Channel.SMS);
        String[] vertx = {"--transport", "vertx"};
        run(concat(send("chat", baseUrl()), address(chat), vertx, new String[] {"--text", "hi"})).expect(ExitCodes.SENT);
        run(concat(send("mail", baseUrl()), address(mail), vertx, new String[] {"--from", "support@acme.example",
            "--to", "ann@example.com", "--subject", "Order", "--html", "<p>shipped</p>"})).expect(ExitCodes.SENT);
        run(concat(send("sms", baseUrl()), address(sms), vertx, new String[] {"--from", "+15550100000",
            "--to", "+15550109999", "--text", "shipped"})).expect(ExitCodes.SENT);
        assertEquals(List.of(Channel.CHAT, Channel.EMAIL, Channel.SMS),
                state.messages().stream().map(StoredMessage::channel).toList());
    }

    @Test
    void theVertxTransportMapsFailuresToTheSameExitCodes() {
        server.failNext(500, "ERROR_SERVER_ERROR");
        run(chatTo("--base-url", baseUrl(), "--transport", "vertx", "--no-confirm")).expect(ExitCodes.OUTCOME_UNKNOWN);
        SupportCase closed = state.closeCase(state.openCase(Channel.CHAT).id());
        run(concat(send("chat", baseUrl()), address(closed), new String[] {"--transport", "vertx", "--text", "hi"}))
                .expect(ExitCodes.REFUSED);
        assertEquals(0, state.messageCount());
    }

    @Test
    void anUnknownTransportIsBadUsage() {
        Run run = run(chatTo("--base-url", baseUrl(), "--transport", "okhttp")).expect(ExitCodes.INVALID);
        assertTrue(run.err().contains("--transport"), run.err());
    }

    @Test
    void theTransportAndTimeoutAreTakenInTheirShortForms() {
        run(chatTo("--base-url", baseUrl(), "--transport", "JDK", "--timeout", "500ms")).expect(ExitCodes.SENT);
        run(chatTo("--base-url", baseUrl(), "--timeout", "PT10S")).expect(ExitCodes.SENT);
        assertEquals(2, state.messageCount());
    }

    @Test
    void aTimeoutOutOfRangeOrUnreadableIsBadUsage() {
        assertTrue(run(chatTo("--base-url", baseUrl(), "--timeout", "0s")).expect(ExitCodes.INVALID)
                .err().contains("--timeout: must be positive"));
        assertTrue(run(chatTo("--base-url", baseUrl(), "--timeout", "2h")).expect(ExitCodes.INVALID)
                .err().contains("--timeout: must be at most 1 hour"));
        assertTrue(run(chatTo("--base-url", baseUrl(), "--timeout", "soon")).expect(ExitCodes.INVALID)
                .err().contains("'soon' is not a duration"));
        assertEquals(0, server.requestCount());
    }
}
