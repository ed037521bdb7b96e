package dev.acquire4j.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.PhoneNumber;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.TimelineId;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.protocol.AcquireProtocol;
import dev.acquire4j.protocol.Call;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU cost of one send outside the network: encoding each channel's request and decoding each
 * channel's documented answer, against the floor of a plain Jackson {@code ObjectMapper} reading the
 * same bytes into a {@code Map}. Run with {@code -prof gc} for bytes per operation ({@link Micro}
 * does). Not a test: nothing here runs during {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProtocolBenchmarks {
    private static final Function<String, Optional<String>> NO_HEADERS = name -> Optional.empty();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final AcquireProtocol protocol = new AcquireProtocol(ClientSettings.builder()
            .baseUri(URI.create("http://127.0.0.1:8080")).apiKey(ApiKey.of("bench-key-0123456789")).build());
    private final ObjectMapper mapper = new ObjectMapper();

    private final ChatMessage chat = ChatMessage.builder().caseId(CaseId.of(2069)).contactId(ContactId.of(597759))
            .text("Hey added from the api").build();
    private final MailMessage mail = MailMessage.builder().caseId(CaseId.of(575)).contactId(ContactId.of(597632))
            .from(EmailAddress.parse("user@acquire.io")).addTo(EmailAddress.parse("test@gmail.com"))
            .subject("test").htmlBody("This is the message body").build();
    private final SmsMessage sms = SmsMessage.builder().caseId(CaseId.of(2219)).contactId(ContactId.of(751069))
            .timelineId(TimelineId.of(2108)).from(PhoneNumber.parse("+12513188609"))
            .to(PhoneNumber.parse("+919666929552")).text("hi").build();

    private final Call<SentMessage> chatCall = protocol.call(chat);
    private final Call<SentMessage> mailCall = protocol.call(mail);
    private final Call<SentMessage> smsCall = protocol.call(sms);

    private final byte[] chatAnswer = Answers.of(Answers.CHAT);
    private final byte[] mailAnswer = Answers.of(Answers.MAIL);
    private final byte[] smsAnswer = Answers.of(Answers.SMS);

    /** Creates the state; JMH calls it. */
    public ProtocolBenchmarks() {}

    /** {@return the chat call: its request and reader} */
    @Benchmark
    public Call<SentMessage> encodeChat() {
        return protocol.call(chat);
    }

    /** {@return the mail call: its request and reader} */
    @Benchmark
    public Call<SentMessage> encodeMail() {
        return protocol.call(mail);
    }

    /** {@return the SMS call: its request and reader} */
    @Benchmark
    public Call<SentMessage> encodeSms() {
        return protocol.call(sms);
    }

    /** {@return the documented chat answer, decoded} */
    @Benchmark
    public SentMessage decodeChat() {
        return protocol.read(chatCall, 200, NO_HEADERS, chatAnswer, 1);
    }

    /** {@return the documented mail answer, decoded} */
    @Benchmark
    public SentMessage decodeMail() {
        return protocol.read(mailCall, 200, NO_HEADERS, mailAnswer, 1);
    }

    /** {@return the documented SMS answer, decoded} */
    @Benchmark
    public SentMessage decodeSms() {
        return protocol.read(smsCall, 200, NO_HEADERS, smsAnswer, 1);
    }

    /**
     * {@return the chat answer read into a map: the floor}
     *
     * @throws IOException never, the bytes are valid JSON
     */
    @Benchmark
    public Map<String, Object> floorChat() throws IOException {
        return mapper.readValue(chatAnswer, MAP);
    }

    /**
     * {@return the mail answer read into a map: the floor}
     *
     * @throws IOException never, the bytes are valid JSON
     */
    @Benchmark
    public Map<String, Object> floorMail() throws IOException {
        return mapper.readValue(mailAnswer, MAP);
    }

    /**
     * {@return the SMS answer read into a map: the floor}
     *
     * @throws IOException never, the bytes are valid JSON
     */
    @Benchmark
    public Map<String, Object> floorSms() throws IOException {
        return mapper.readValue(smsAnswer, MAP);
    }
}
