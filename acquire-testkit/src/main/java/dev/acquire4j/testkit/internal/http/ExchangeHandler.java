package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.acquire4j.testkit.RecordedRequest;
import dev.acquire4j.testkit.internal.Endpoints;
import dev.acquire4j.testkit.internal.Json;
import dev.acquire4j.testkit.internal.Keys;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Handles every request to the fake server: records it, applies a scripted fault if one is due,
 * then checks it in the order a real server would (path, method, key, content type, body, case)
 * and answers. Thread-safe: the server calls it from several threads.
 */
public final class ExchangeHandler implements HttpHandler {
    private static final Map<String, Endpoint> ROUTES = Map.of(
            Endpoints.CHAT_PATH, new ChatEndpoint(),
            Endpoints.MAIL_PATH, new MailEndpoint(),
            Endpoints.SMS_PATH, new SmsEndpoint());

    private final Ledger ledger;
    private final Keys keys;
    private final Queue<RecordedRequest> received = new ConcurrentLinkedQueue<>();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();

    /** Creates the handler over an account's books and keys. */
    public ExchangeHandler(Ledger ledger, Keys keys) {
        this.ledger = ledger;
        this.keys = keys;
    }

    /** Scripts a fault for the next request that has none scripted yet. */
    public void addFault(Fault fault) {
        faults.add(fault);
    }

    /** {@return every request received, in arrival order} */
    public List<RecordedRequest> received() {
        return List.copyOf(received);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(), body);
            received.add(request);
            Fault fault = faults.poll();
            if (fault instanceof Fault.ErrorAnswer) {
                Fault.ErrorAnswer e = (Fault.ErrorAnswer) fault;
                send(exchange, e.status(), "application/json; charset=utf-8",
                        Refusal.errorBody(e.errorCode(), "scripted failure of the fake server"));
                return;
            }
            byte[] answer;
            try {
                answer = Json.bytes(Shapes.object().set("data", process(request, exchange)));
            } catch (Refusal r) {
                send(exchange, r.status(), "application/json; charset=utf-8", r.body());
                return;
            }
            if (fault instanceof Fault.RawAnswer) {
                Fault.RawAnswer raw = (Fault.RawAnswer) fault;
                send(exchange, 200, raw.contentType(), raw.body().getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 200, "application/json; charset=utf-8", answer);
        } catch (RuntimeException e) {
            // A bug in the fake must show as a 500 the test can see, not as a hung connection.
            send(exchange, 500, "application/json; charset=utf-8", Refusal.errorBody(Refusal.SERVER_ERROR,
                    "the fake server failed: " + e.getClass().getSimpleName()));
        }
    }

    private ObjectNode process(RecordedRequest request, HttpExchange exchange) {
        Endpoint endpoint = ROUTES.get(request.path());
        if (endpoint == null) {
            throw Refusal.notFound("no endpoint at " + request.path());
        }
        if (!"POST".equals(request.method())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new Refusal(405, Refusal.INVALID_INPUT, request.path() + " accepts POST only");
        }
        keys.authorize(bearer(request));
        requireJson(request);
        JsonNode body = Json.read(request.body());
        return endpoint.answer(ledger.accept(endpoint.read(request.queryParameters(), body)));
    }

    private static String bearer(RecordedRequest request) {
        List<String> values = request.headers().getOrDefault("authorization", List.of());
        if (values.size() != 1) {
            return null;
        }
        String v = values.get(0);
        return v.regionMatches(true, 0, "Bearer ", 0, 7) ? v.substring(7) : null;
    }

    private static void requireJson(RecordedRequest request) {
        String type = request.header("content-type").orElse("");
        String[] parts = type.split(";");
        boolean json = parts[0].strip().equalsIgnoreCase("application/json");
        for (int i = 1; json && i < parts.length; i++) {
            String param = parts[i].strip().toLowerCase(Locale.ROOT);
            json = !param.startsWith("charset=") || param.equals("charset=utf-8") || param.equals("charset=\"utf-8\"");
        }
        if (!json) {
            throw Refusal.invalid("Content-Type must be application/json");
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
