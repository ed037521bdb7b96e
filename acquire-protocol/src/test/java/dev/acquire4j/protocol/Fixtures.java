package dev.acquire4j.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.PhoneNumber;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Shared settings, messages and helpers of the protocol tests. */
final class Fixtures {
    /** A key with a "/" so that its JSON-escaped form differs. */
    static final String KEY = "sk_live_9f8e7d/6c5b4a3210";
    static final URI BASE = URI.create("http://127.0.0.1:8080/acquire");
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Function<String, Optional<String>> NO_HEADERS = name -> Optional.empty();

    private Fixtures() {}

    static ClientSettings settings() {
        return ClientSettings.builder().baseUri(BASE).apiKey(ApiKey.of(KEY)).build();
    }

    static AcquireProtocol protocol() {
        return new AcquireProtocol(settings());
    }

    static ChatMessage chat() {
        return ChatMessage.builder().caseId(CaseId.of(2069)).contactId(ContactId.of(597759))
                .text("Hey added from the api").build();
    }

    static MailMessage mail() {
        return MailMessage.builder().caseId(CaseId.of(575)).contactId(ContactId.of(597632))
                .from(EmailAddress.parse("user@acquire.io")).addTo(EmailAddress.parse("test@gmail.com"))
                .subject("test").htmlBody("This is the message body").build();
    }

    static SmsMessage sms() {
        return SmsMessage.builder().caseId(CaseId.of(2219)).contactId(ContactId.of(751069))
                .timelineId(TimelineId.of(2108)).from(PhoneNumber.parse("+12513188609"))
                .to(PhoneNumber.parse("+919666929552")).text("hi").build();
    }

    static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        return tree(json.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
