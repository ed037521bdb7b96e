package dev.acquire4j.opentelemetry;

import dev.acquire4j.ports.OperationListener;
import io.opentelemetry.api.OpenTelemetry;
import java.net.URI;
import java.util.Objects;

/**
 * OpenTelemetry traces for every acquire4j operation (sends, case lookups, case openings): give
 * {@link #listener(OpenTelemetry, URI)} to {@code ClientSettings.builder().listener(...)}.
 *
 * <p>Each operation is one span of kind {@code CLIENT}, started when the operation starts, as a child
 * of the span current on the caller's thread at that moment, and ended when the operation finishes:
 * before a blocking call returns or throws, and before the stage or future of an async call completes.
 * The listener never makes its span current, on the caller's thread or on the transport's threads (a
 * Vert.x event loop, say), so no context leaks from one operation into unrelated work.
 *
 * <p>Names and attributes follow OpenTelemetry's semantic conventions for HTTP clients, for the
 * operation as a whole (retries included):
 * <ul>
 *   <li>name: {@code {method} {url.template}}, e.g. {@code POST /api/v1/mail/add-message} or
 *       {@code GET /api/v1/crm/objects/case/{id}};</li>
 *   <li>{@code http.request.method}, {@code server.address}, {@code server.port}, {@code url.template}
 *       (the path with every id replaced by a placeholder, no query);</li>
 *   <li>{@value #OPERATION} ({@link dev.acquire4j.ports.Operation#tag()}, e.g. {@code send_chat}),
 *       {@value #CHANNEL} ({@code chat}, {@code email} or {@code sms}; sends only),
 *       {@value #OUTCOME} ({@code succeeded}, {@code not_sent}, {@code outcome_unknown}) and
 *       {@value #ATTEMPTS} (the number of HTTP requests made);</li>
 *   <li>on failure: span status {@code ERROR}, {@code http.response.status_code} of the last answer
 *       when there was one, and {@code error.type}: that status code as a string, or, when no answer
 *       came, the outcome ({@code not_sent} or {@code outcome_unknown}).</li>
 * </ul>
 * Each attempt adds an event {@value #ATTEMPT_EVENT} (attributes {@value #ATTEMPT_NUMBER},
 * {@value #OUTCOME}, {@value #ATTEMPT_DURATION_MS}, and {@code http.response.status_code} when a
 * failed attempt had an answer); each retry adds an event {@value #RETRY_EVENT} ({@value #ATTEMPT_NUMBER}
 * of the failed attempt, {@value #RETRY_DELAY_MS}, {@code error.type}: the failure's class name, and
 * the status when there was one).
 *
 * <p>There are deliberately no case, contact or message ids, phone numbers, addresses or text in
 * spans: ids make every span unique to index (cardinality), and trace backends are no place for
 * personal data. Correlate a single operation through the {@code DEBUG} log line, which carries the ids.
 */
public final class AcquireTracing {
    /** The instrumentation scope name of the tracer. */
    public static final String INSTRUMENTATION_NAME = "dev.acquire4j";
    /** Span attribute: the operation, by {@link dev.acquire4j.ports.Operation#tag()}. */
    public static final String OPERATION = "acquire.operation";
    /** Span attribute: the channel of a send, lower case. */
    public static final String CHANNEL = "acquire.channel";
    /** Span and event attribute: how the operation or attempt ended, lower case. */
    public static final String OUTCOME = "acquire.outcome";
    /** Span attribute: how many attempts (HTTP requests) the operation made. */
    public static final String ATTEMPTS = "acquire.attempts";
    /** The event of one attempt. */
    public static final String ATTEMPT_EVENT = "acquire.attempt";
    /** The event of a retry being scheduled. */
    public static final String RETRY_EVENT = "acquire.retry";
    /** Event attribute: the number of the attempt, from 1. */
    public static final String ATTEMPT_NUMBER = "acquire.attempt.number";
    /** Event attribute: how long the attempt took, in milliseconds. */
    public static final String ATTEMPT_DURATION_MS = "acquire.attempt.duration_ms";
    /** Event attribute: how long the operation waits before the next attempt, in milliseconds. */
    public static final String RETRY_DELAY_MS = "acquire.retry.delay_ms";

    private AcquireTracing() {}

    /**
     * {@return a listener that traces every operation of a client; thread-safe}
     *
     * @param openTelemetry where the tracer comes from, e.g. {@code GlobalOpenTelemetry.get()} or the
     *     application's SDK
     * @param server the client's base URI ({@code ClientSettings#baseUri()}), for {@code server.address}
     *     and {@code server.port}
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code server} has no host
     */
    public static OperationListener listener(OpenTelemetry openTelemetry, URI server) {
        Objects.requireNonNull(openTelemetry, "openTelemetry");
        Objects.requireNonNull(server, "server");
        if (server.getHost() == null) {
            throw new IllegalArgumentException("server must be an absolute URI with a host: " + server);
        }
        int port = server.getPort() >= 0 ? server.getPort() : "http".equalsIgnoreCase(server.getScheme()) ? 80 : 443;
        return new TracingOperationListener(openTelemetry.getTracer(INSTRUMENTATION_NAME), server.getHost(), port);
    }
}
