package dev.acquire4j.testkit.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.acquire4j.testkit.faults.ServerFault;
import dev.acquire4j.testkit.internal.Refusal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the answer to one request as a fault says: late, cut short, garbled, trickling, or not at
 * all. Waits sleep the server's handler thread, interruptibly, so closing the server ends them.
 */
final class FaultResponder {
    /** How many pieces a slow body is cut into. */
    private static final int SLOW_PIECES = 20;

    private final RawConnections connections;
    private final HostileAnswers hostile;

    /**
     * Creates the responder.
     *
     * @param connections acts on the connection the server sees as coming from an address
     */
    FaultResponder(RawConnections connections) {
        this.connections = connections;
        this.hostile = new HostileAnswers(connections);
    }

    /** Answers a {@link ServerFault.Kind#STATUS} fault: its status, an error body, and {@code Retry-After} if set. */
    void status(HttpExchange exchange, ServerFault fault) throws IOException {
        fault.retryAfter().ifPresent(v -> exchange.getResponseHeaders().set("Retry-After", v));
        send(exchange, new Answer(fault.status().orElseThrow(), Answer.JSON,
                Refusal.errorBody(fault.errorCode().orElse(null), "scripted failure of the fake server")));
    }

    /**
     * Answers a routed request as the fault says.
     *
     * @throws InterruptedException if the server closed while the answer was waiting
     */
    void respond(HttpExchange exchange, ServerFault fault, Answer answer) throws IOException, InterruptedException {
        switch (fault.kind()) {
            case RESET_AFTER_READ:
                // Without the relay the exchange is simply closed unanswered, which ends the connection too.
                connections.reset(exchange.getRemoteAddress());
                return;
            case DELAY:
                Thread.sleep(fault.duration().toMillis());
                send(exchange, answer);
                return;
            case TRUNCATED_JSON:
                send(exchange, answer.stored()
                        ? new Answer(200, answer.contentType(), Arrays.copyOf(answer.body(), answer.body().length / 2))
                        : answer);
                return;
            case RAW_ANSWER:
                send(exchange, answer.stored() ? new Answer(200, fault.contentType().orElseThrow(),
                        fault.body().orElseThrow().getBytes(StandardCharsets.UTF_8)) : answer);
                return;
            case SLOW_BODY:
                trickle(exchange, answer, fault.duration().toMillis());
                return;
            case INTERIM:
                hostile.interim(exchange, fault, answer);
                return;
            case ENDLESS_BODY:
                hostile.endless(exchange, answer);
                return;
            case OVERSIZED_BODY:
                hostile.oversized(exchange, fault, answer);
                return;
            case TRICKLED_BODY:
                hostile.trickled(exchange, fault, answer);
                return;
            case CUT_MID_BODY:
                hostile.cutMidBody(exchange, answer);
                return;
            case OVERSIZED_HEADERS:
                hostile.oversizedHeaders(exchange, fault, answer);
                return;
            default:
                send(exchange, answer);
        }
    }

    /** Sends the status and headers at once, then the body in pieces spread over the duration. */
    private static void trickle(HttpExchange exchange, Answer answer, long millis) throws IOException, InterruptedException {
        byte[] body = answer.body();
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        out.flush();
        int pieces = Math.min(SLOW_PIECES, body.length);
        int size = (body.length + pieces - 1) / pieces;
        for (int from = 0; from < body.length; from += size) {
            Thread.sleep(millis / pieces);
            out.write(body, from, Math.min(size, body.length - from));
            out.flush();
        }
    }

    /** Sends an answer whole. */
    static void send(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
