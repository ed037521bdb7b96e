package dev.acquire4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.testkit.internal.Endpoints;
import dev.acquire4j.testkit.internal.Json;
import dev.acquire4j.testkit.internal.memory.Failures;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.util.Locale;

/** Reads the fake server's answers for {@link ReferenceHttpClient}, mapping failures to the ports' exceptions. */
final class ReferenceAnswers {
    private ReferenceAnswers() {}

    static SentMessage read(Channel channel, HttpResponse<byte[]> response, Throwable error) {
        String endpoint = Endpoints.endpoint(channel);
        if (error != null) {
            IOException io = ReferenceHttpClient.io(error);
            if (io instanceof ConnectException) {
                throw new ConnectionFailedException("Could not connect", FailureDetails.withoutAnswer(channel, endpoint, 1), null);
            }
            throw new ResponseTimeoutException("No usable answer", FailureDetails.withoutAnswer(channel, endpoint, 1), null);
        }
        JsonNode root = tryParse(response.body());
        if (response.statusCode() >= 400) {
            String code = root == null ? null : root.path("type").asText(null);
            throw Failures.forStatus(channel, response.statusCode(), code, "refused");
        }
        JsonNode data = root == null ? null : root.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedResponseException("The answer is not the documented one",
                    new FailureDetails(channel, endpoint, 1, response.statusCode(), null, null, null, null), null);
        }
        JsonNode m = channel == Channel.SMS ? data.path("data") : data;
        String idField = channel == Channel.CHAT ? "id" : "caseMessageId";
        SentMessage.Builder b = SentMessage.builder().id(MessageId.of(m.path(idField).asLong()))
                .channel(channel).caseId(CaseId.of(m.path("caseId").asLong()));
        if (m.hasNonNull("contactId")) {
            b.contactId(ContactId.of(m.get("contactId").asLong()));
        }
        if (channel == Channel.CHAT && m.hasNonNull("threadId")) {
            b.threadId(ThreadId.of(m.get("threadId").asLong()));
        }
        if (m.hasNonNull("timelineId")) {
            b.timelineId(TimelineId.of(m.get("timelineId").asLong()));
        }
        if (m.hasNonNull("senderType")) {
            b.senderRole(SenderRole.valueOf(m.get("senderType").asText().toUpperCase(Locale.ROOT)));
        }
        b.text(m.path(channel == Channel.EMAIL ? "htmlBody" : "message").asText());
        return b.build();
    }

    private static JsonNode tryParse(byte[] body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
