package dev.acquire4j.testkit.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.acquire4j.testkit.faults.ServerFault;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the hostile answers of {@link ServerFault}: interim {@code 1xx} answers, endless, oversized,
 * trickled and cut bodies, oversized headers. A refused request keeps its refusal, except that an
 * interim answer comes before any final one. What {@code HttpServer} cannot write (a {@code 1xx},
 * a head that promises more body than comes) goes through the relay's {@link RawConnections}.
 * Waits sleep the handler thread, interruptibly; a client that goes away ends an answer quietly.
 */
final class HostileAnswers {
    private static final int PIECE = 64 * 1024;

    private final RawConnections connections;

    HostileAnswers(RawConnections connections) {
        this.connections = connections;
    }

    /** Writes the interim answer at once, then the final one after the fault's duration. */
    void interim(HttpExchange exchange, ServerFault fault, Answer answer) throws IOException, InterruptedException {
        int status = fault.status().orElseThrow();
        String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\n"
                + (status == 103 ? "Link: </acquire.css>; rel=preload; as=style\r\n" : "") + "\r\n";
        connections.write(exchange.getRemoteAddress(), head.getBytes(StandardCharsets.US_ASCII));
        Thread.sleep(fault.duration().toMillis());
        FaultResponder.send(exchange, answer);
    }

    private static String reason(int status) {
        switch (status) {
            case 100:
                return "Continue";
            case 102:
                return "Processing";
            case 103:
                return "Early Hints";
            default:
                return "Informational";
        }
    }

    /** Streams a chunked 200 of JSON-looking bytes until the client goes away or the server closes. */
    void endless(HttpExchange exchange, Answer answer) throws IOException {
        if (!answer.stored()) {
            FaultResponder.send(exchange, answer);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(200, 0);
        byte[] piece = repeat("{\"id\":101,\"text\":\"again\"},", PIECE);
        try {
            OutputStream out = exchange.getResponseBody();
            out.write("{\"data\":[".getBytes(StandardCharsets.US_ASCII));
            while (!Thread.currentThread().isInterrupted()) {
                out.write(piece);
            }
        } catch (IOException e) {
            // the client went away, as it should
        }
    }

    /** Answers 200 with the documented answer padded to the fault's size, in valid JSON. */
    void oversized(HttpExchange exchange, ServerFault fault, Answer answer) throws IOException {
        if (!answer.stored()) {
            FaultResponder.send(exchange, answer);
            return;
        }
        byte[] start = (new String(answer.body(), 0, answer.body().length - 1, StandardCharsets.UTF_8)
                + ",\"padding\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] end = "\"}".getBytes(StandardCharsets.US_ASCII);
        long padding = Math.max(0, (long) fault.size() - start.length - end.length);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(200, start.length + padding + end.length);
        byte[] piece = repeat(" ", PIECE);
        try {
            OutputStream out = exchange.getResponseBody();
            out.write(start);
            for (long left = padding; left > 0; left -= piece.length) {
                out.write(piece, 0, (int) Math.min(piece.length, left));
            }
            out.write(end);
        } catch (IOException e) {
            // the client stopped reading, as it should
        }
    }

    /** Sends the head at once, then the body one byte per interval. */
    void trickled(HttpExchange exchange, ServerFault fault, Answer answer) throws InterruptedException, IOException {
        byte[] body = answer.body();
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length);
        long millis = Math.max(1, fault.duration().toMillis());
        try {
            OutputStream out = exchange.getResponseBody();
            out.flush();
            for (byte b : body) {
                Thread.sleep(millis);
                out.write(b);
                out.flush();
            }
        } catch (IOException e) {
            // the client gave up, as it should
        }
    }

    /** Promises the whole body, writes half of it, then ends the connection. */
    void cutMidBody(HttpExchange exchange, Answer answer) throws IOException {
        if (!answer.stored()) {
            FaultResponder.send(exchange, answer);
            return;
        }
        byte[] body = answer.body();
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + answer.contentType() + "\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] half = Arrays.copyOf(head, head.length + body.length / 2);
        System.arraycopy(body, 0, half, head.length, body.length / 2);
        connections.write(exchange.getRemoteAddress(), half);
        connections.end(exchange.getRemoteAddress());
    }

    /** Answers as usual, with one extra header of the fault's size. */
    void oversizedHeaders(HttpExchange exchange, ServerFault fault, Answer answer) throws IOException {
        exchange.getResponseHeaders().set("X-Padding", new String(repeat("a", fault.size()), StandardCharsets.US_ASCII));
        FaultResponder.send(exchange, answer);
    }

    private static byte[] repeat(String unit, int size) {
        byte[] u = unit.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = u[i % u.length];
        }
        return out;
    }
}
