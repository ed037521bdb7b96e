package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.records.StoredMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code acquire send sms} over the JDK transport; its {@code --thread-id} is the case id. */
class SendSmsTest extends CliTestSupport {

    private String[] sms(SupportCase c, String to, String... more) {
        return concat(send("sms", baseUrl()), address(c), new String[] {"--from", "+1 555 010 0000", "--to", to,
            "--text", "Your order has shipped"}, more);
    }

    @Test
    void sendsAnSmsWithNumbersNormalisedToE164() {
        SupportCase c = state.openCase(Channel.SMS);
        Run run = run(sms(c, "+1 (555) 010-9999")).expect(ExitCodes.SENT);

        StoredMessage stored = state.messages().get(0);
        assertEquals(Channel.SMS, stored.channel());
        assertEquals(c.id(), stored.caseId());
        assertEquals("+15550100000", stored.from().orElseThrow());
        assertEquals(List.of("+15550109999"), stored.to());
        assertEquals(c.timelineId(), stored.timelineId());
        assertTrue(run.out().contains("channel     sms"), run.out());
    }

    @Test
    void printsTheTimelineInJson() throws Exception {
        SupportCase c = state.openCase(Channel.SMS);
        Run run = run(sms(c, "+15550109999", "--json")).expect(ExitCodes.SENT);

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("sms", json.get("channel").asText());
        assertEquals(state.messages().get(0).id().value(), json.get("id").asLong());
        assertEquals(c.timelineId().orElseThrow().value(), json.get("timelineId").asLong());
        assertEquals(c.contactId().orElseThrow().value(), json.get("contactId").asLong());
    }

    @Test
    void aNumberWithoutCountryCodeIsRefusedBeforeAnyRequest() {
        SupportCase c = state.openCase(Channel.SMS);
        Run run = run(sms(c, "555 010 9999")).expect(ExitCodes.INVALID);

        assertTrue(run.err().contains("--to: must start with + and the country code"), run.err());
        assertTrue(!run.err().contains("555 010 9999"), "the number is masked: " + run.err());
        assertEquals(0, server.requestCount());
        assertEquals(0, state.messageCount());
    }

    @Test
    void namesTheThreadIdOptionForABadCaseId() {
        SupportCase c = state.openCase(Channel.SMS);
        Run run = run(concat(send("sms", baseUrl()), new String[] {"--contact-id", c.contactId().orElseThrow().toString(),
            "--thread-id", "-4", "--timeline-id", "abc", "--from", "+15550100000", "--to", "+15550100000", "--text", "hi"}))
                .expect(ExitCodes.INVALID);

        assertTrue(run.err().contains("--thread-id: must be a positive"), run.err());
        assertTrue(run.err().contains("--timeline-id: must be a positive whole number"), run.err());
        assertTrue(run.err().contains("--to: must differ from the sending number"), run.err());
        assertEquals(0, server.requestCount());
    }
}
