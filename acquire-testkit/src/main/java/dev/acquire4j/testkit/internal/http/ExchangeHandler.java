package dev.acquire4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.acquire4j.testkit.faults.ServerFault;
import dev.acquire4j.testkit.internal.Endpoints;
import dev.acquire4j.testkit.internal.Json;
import dev.acquire4j.testkit.internal.Keys;
import dev.acquire4j.testkit.internal.Ledger;
import dev.acquire4j.testkit.internal.Refusal;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Handles every request to the fake server: records it, applies the fault due for it (scripted or
 * drawn), then checks it in the order a real server would (path, method, key, content type, body,
 * case) and answers. Thread-safe: the server calls it from several threads.
 */
public final class ExchangeHandler implements HttpHandler {
    private static final Map<String, Endpoint> ROUTES = Map.of(
            Endpoints.CHAT_PATH, new ChatEndpoint(),
            Endpoints.MAIL_PATH, new MailEndpoint(),
            Endpoints.SMS_PATH, new SmsEndpoint());

    private final Ledger ledger;
    private final CaseEndpoints cases;
    private final LifecycleEndpoints lifecycle;
    private final Keys keys;
    private final Supplier<ServerFault> faults;
    private final FaultResponder responder;
    private final ConfirmationFaults confirmationFaults;
    private final Queue<RecordedRequest> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger injected = new AtomicInteger();

    /**
     * Creates the handler over an account's books and keys.
     *
     * @param faults gives the fault for each request, {@link ServerFault#none()} for most
     * @param connections acts on the client connection the server sees as coming from an address
     */
    public ExchangeHandler(Ledger ledger, Keys keys, Supplier<ServerFault> faults, RawConnections connections) {
        this.ledger = ledger;
        this.cases = new CaseEndpoints(ledger);
        this.lifecycle = new LifecycleEndpoints(ledger);
        this.keys = keys;
        this.faults = faults;
        this.responder = new FaultResponder(connections);
        this.confirmationFaults = new ConfirmationFaults(connections);
    }

    /** {@return every request received, in arrival order} */
    public List<RecordedRequest> received() {
        return List.copyOf(received);
    }

    /** {@return how many requests were received, without copying them} */
    public int receivedCount() {
        return received.size();
    }

    /** {@return how many requests met a fault other than {@link ServerFault#none()}} */
    public int faultsInjected() {
        return injected.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            ServerFault fault = faults.get();
            if (fault.kind() != ServerFault.Kind.NONE) {
                injected.incrementAndGet();
            }
            if (fault.kind() == ServerFault.Kind.DROP_BEFORE_READ) {
                record(exchange, new byte[0]);
                return; // closed below without an answer: the server ends the connection
            }
            RecordedRequest request = record(exchange, exchange.getRequestBody().readAllBytes());
            if (fault.kind() == ServerFault.Kind.STATUS) {
                responder.status(exchange, fault);
                return;
            }
            if (ConfirmationFaults.handles(fault)) {
                confirmationFaults.respond(exchange, fault, () -> answer(request, exchange));
                return;
            }
            responder.respond(exchange, fault, answer(request, exchange));
        } catch (InterruptedException e) {
            // The server is closing while an answer waits: leave it unanswered.
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A bug in the fake must show as a 500 the test can see, not as a hung connection.
            FaultResponder.send(exchange, new Answer(500, Answer.JSON, Refusal.errorBody(Refusal.SERVER_ERROR,
                    "the fake server failed: " + e.getClass().getSimpleName())));
        } finally {
            exchange.close();
        }
    }

    private RecordedRequest record(HttpExchange exchange, byte[] body) {
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(), body);
        received.add(request);
        return request;
    }

    /** {@return the answer without a fault: the documented 200 for a stored send, or the refusal} */
    private Answer answer(RecordedRequest request, HttpExchange exchange) {
        try {
            return new Answer(200, Answer.JSON, Json.bytes(Shapes.object().set("data", process(request, exchange))));
        } catch (Refusal r) {
            return new Answer(r.status(), Answer.JSON, r.body());
        }
    }

    private JsonNode process(RecordedRequest request, HttpExchange exchange) {
        if (CaseEndpoints.handles(request.path())) {
            String method = CaseEndpoints.method(request.path());
            if (!method.equals(request.method())) {
                exchange.getResponseHeaders().set("Allow", method);
                throw new Refusal(405, Refusal.INVALID_INPUT, request.path() + " accepts " + method + " only");
            }
            keys.authorize(bearer(request));
            return cases.process(request);
        }
        if (LifecycleEndpoints.handles(request.path())) {
            String methods = LifecycleEndpoints.methods(request.path());
            if (!methods.contains(request.method())) {
                exchange.getResponseHeaders().set("Allow", methods);
                throw new Refusal(405, Refusal.INVALID_INPUT, request.path() + " accepts " + methods + " only");
            }
            keys.authorize(bearer(request));
            return lifecycle.process(request);
        }
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

    static void requireJson(RecordedRequest request) {
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
}
