package dev.acquire4j.opentelemetry;

import dev.acquire4j.ports.AttemptInfo;
import dev.acquire4j.ports.OperationInfo;
import dev.acquire4j.ports.OperationListener;
import dev.acquire4j.ports.OperationOutcome;
import dev.acquire4j.ports.SendFailedException;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The listener of {@link AcquireTracing}: one span per operation, kept by the operation's
 * {@link OperationInfo#operationId()} from its start to its end, never made current. Thread-safe.
 */
final class TracingOperationListener implements OperationListener {
    static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
    static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey(AcquireTracing.OPERATION);
    private static final AttributeKey<String> CHANNEL = AttributeKey.stringKey(AcquireTracing.CHANNEL);
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey(AcquireTracing.OUTCOME);
    private static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey(AcquireTracing.ATTEMPTS);
    private static final AttributeKey<Long> ATTEMPT_NUMBER = AttributeKey.longKey(AcquireTracing.ATTEMPT_NUMBER);
    private static final AttributeKey<Long> ATTEMPT_DURATION_MS = AttributeKey.longKey(AcquireTracing.ATTEMPT_DURATION_MS);
    private static final AttributeKey<Long> RETRY_DELAY_MS = AttributeKey.longKey(AcquireTracing.RETRY_DELAY_MS);

    private final Tracer tracer;
    private final String host;
    private final long port;
    /** The spans of the operations under way, by operation id; each removed when its operation finishes. */
    private final ConcurrentMap<Long, Span> open = new ConcurrentHashMap<>();

    TracingOperationListener(Tracer tracer, String host, int port) {
        this.tracer = tracer;
        this.host = host;
        this.port = port;
    }

    @Override
    public void operationStarted(OperationInfo operation) {
        if (operation.operationId() == 0) {
            return; // Not from a client: nothing would pair its end with this start.
        }
        String endpoint = operation.endpoint();
        int space = endpoint.indexOf(' ');
        String method = space < 0 ? "_OTHER" : endpoint.substring(0, space);
        String template = withoutQuery(space < 0 ? endpoint : endpoint.substring(space + 1));
        // The caller's thread: its current context is the parent. The span is never made current.
        SpanBuilder span = tracer.spanBuilder(method + " " + template)
                .setParent(Context.current())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(HTTP_REQUEST_METHOD, method)
                .setAttribute(SERVER_ADDRESS, host)
                .setAttribute(SERVER_PORT, port)
                .setAttribute(URL_TEMPLATE, template)
                .setAttribute(OPERATION, operation.operation().tag());
        operation.operation().channel().ifPresent(c -> span.setAttribute(CHANNEL, c.name().toLowerCase(Locale.ROOT)));
        open.put(operation.operationId(), span.startSpan());
    }

    @Override
    public void attemptEnded(AttemptInfo attempt, OperationOutcome outcome, Duration duration) {
        Span span = open.get(attempt.operationId());
        if (span == null) {
            return;
        }
        AttributesBuilder event = Attributes.builder()
                .put(ATTEMPT_NUMBER, attempt.attempt())
                .put(OUTCOME, tag(outcome))
                .put(ATTEMPT_DURATION_MS, duration.toMillis());
        attempt.httpStatus().ifPresent(status -> event.put(HTTP_RESPONSE_STATUS_CODE, status));
        span.addEvent(AcquireTracing.ATTEMPT_EVENT, event.build());
    }

    @Override
    public void retryScheduled(AttemptInfo failed, Duration delay, SendFailedException cause) {
        Span span = open.get(failed.operationId());
        if (span == null) {
            return;
        }
        AttributesBuilder event = Attributes.builder()
                .put(ATTEMPT_NUMBER, failed.attempt())
                .put(RETRY_DELAY_MS, delay.toMillis())
                .put(ERROR_TYPE, cause.getClass().getName());
        failed.httpStatus().ifPresent(status -> event.put(HTTP_RESPONSE_STATUS_CODE, status));
        span.addEvent(AcquireTracing.RETRY_EVENT, event.build());
    }

    @Override
    public void operationFinished(OperationInfo operation, OperationOutcome outcome, Duration totalTime, int attempts) {
        Span span = open.remove(operation.operationId());
        if (span == null) {
            return;
        }
        span.setAttribute(OUTCOME, tag(outcome));
        span.setAttribute(ATTEMPTS, attempts);
        if (outcome != OperationOutcome.SUCCEEDED) {
            operation.httpStatus().ifPresent(status -> span.setAttribute(HTTP_RESPONSE_STATUS_CODE, status));
            String errorType = operation.httpStatus().isPresent() ? Integer.toString(operation.status()) : tag(outcome);
            span.setAttribute(ERROR_TYPE, errorType);
            span.setStatus(StatusCode.ERROR, tag(outcome));
        }
        span.end();
    }

    private static String tag(OperationOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    @Override
    public String toString() {
        return "AcquireTracing[" + host + ":" + port + "]";
    }
}
