package dev.acquire4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.acquire4j.testkit.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Posts webhook deliveries to your endpoint as Acquire would: {@code POST} a JSON body
 * {@code {"event":NAME,"data":...}} with {@code Content-Type: application/json} and the
 * {@value WebhookSigner#HEADER} header from a {@link WebhookSigner}. Thread-safe; one blocking
 * request per call.
 *
 * <pre>{@code
 * FakeWebhookSender acquire = new FakeWebhookSender(WebhookSigner.of("test-secret"));
 * WebhookResponse answer = acquire.post(URI.create("http://127.0.0.1:" + port + "/hooks/acquire"),
 *         "case:status", "{\"id\":2069,\"status\":\"closed\"}");
 * assertEquals(200, answer.status());
 * }</pre>
 *
 * <p>Uses {@link HttpURLConnection}, so the testkit needs no HTTP client module. Redirects are not
 * followed. Each request has a connect and a read timeout (default {@link #DEFAULT_TIMEOUT}).
 */
public final class FakeWebhookSender {
    /** Connect and read timeout unless another is given: 10 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** How much of an answer's body is kept: {@value} bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final WebhookSigner signer;
    private final int timeoutMillis;

    /**
     * Creates a sender with the {@linkplain #DEFAULT_TIMEOUT default timeout}.
     *
     * @param signer signs every delivery
     */
    public FakeWebhookSender(WebhookSigner signer) {
        this(signer, DEFAULT_TIMEOUT);
    }

    /**
     * Creates a sender.
     *
     * @param signer signs every delivery
     * @param timeout connect and read timeout per request, positive
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public FakeWebhookSender(WebhookSigner signer, Duration timeout) {
        this.signer = Objects.requireNonNull(signer, "signer");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }

    /**
     * Posts a signed delivery {@code {"event":event,"data":dataJson}}, with {@code dataJson} as given.
     *
     * @param target your endpoint, {@code http} or {@code https}
     * @param event the event name, e.g. {@code case:status}
     * @param dataJson the {@code data} value as JSON text, written into the body as given
     * @return what the endpoint answered
     * @throws IllegalArgumentException if {@code dataJson} is not one JSON value, or the target is not http(s)
     * @throws UncheckedIOException if the request could not be sent or answered
     */
    public WebhookResponse post(URI target, String event, String dataJson) {
        return postBody(target, delivery(event, dataJson));
    }

    /**
     * Posts a body signed over its exact bytes.
     *
     * @param target your endpoint
     * @param body the body as it is to be sent
     * @return what the endpoint answered
     * @throws UncheckedIOException if the request could not be sent or answered
     */
    public WebhookResponse postBody(URI target, byte[] body) {
        return postBody(target, body, signer.sign(body));
    }

    /**
     * Posts a body with a signature header of the test's choosing, to test refusals.
     *
     * @param target your endpoint
     * @param body the body as it is to be sent
     * @param signatureHeader the {@value WebhookSigner#HEADER} value, or {@code null} to send none
     * @return what the endpoint answered
     * @throws UncheckedIOException if the request could not be sent or answered
     */
    public WebhookResponse postBody(URI target, byte[] body, String signatureHeader) {
        Objects.requireNonNull(body, "body");
        String scheme = Objects.requireNonNull(target, "target").getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("a webhook target must be http or https: " + target);
        }
        try {
            HttpURLConnection http = (HttpURLConnection) target.toURL().openConnection();
            try {
                http.setRequestMethod("POST");
                http.setInstanceFollowRedirects(false);
                http.setConnectTimeout(timeoutMillis);
                http.setReadTimeout(timeoutMillis);
                http.setDoOutput(true);
                http.setFixedLengthStreamingMode(body.length);
                http.setRequestProperty("Content-Type", "application/json");
                http.setRequestProperty("User-Agent", "acquire4j-testkit FakeWebhookSender");
                if (signatureHeader != null) {
                    http.setRequestProperty(WebhookSigner.HEADER, signatureHeader);
                }
                try (OutputStream out = http.getOutputStream()) {
                    out.write(body);
                }
                int status = http.getResponseCode();
                InputStream in = status >= 400 ? http.getErrorStream() : http.getInputStream();
                return new WebhookResponse(status, read(in));
            } finally {
                http.disconnect();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not deliver the webhook to " + target, e);
        }
    }

    /**
     * {@return the body {@code {"event":event,"data":dataJson}} as UTF-8, with {@code dataJson} as given}
     *
     * @param event the event name
     * @param dataJson the {@code data} value as JSON text
     * @throws IllegalArgumentException if {@code dataJson} is not one JSON value
     */
    public static byte[] delivery(String event, String dataJson) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(dataJson, "dataJson");
        try {
            Json.MAPPER.readTree(dataJson).require();
            String name = Json.MAPPER.writeValueAsString(event);
            return ("{\"event\":" + name + ",\"data\":" + dataJson.strip() + "}").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("dataJson must be one JSON value"); // no Jackson type escapes
        }
    }

    private static String read(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
        }
    }
}
