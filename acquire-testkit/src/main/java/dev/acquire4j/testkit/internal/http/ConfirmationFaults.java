package dev.acquire4j.testkit.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.acquire4j.testkit.faults.ServerFault;
import dev.acquire4j.testkit.internal.Refusal;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Answers the faults that decide whether a message is stored apart from what the client sees: a
 * failure after storing, a failure without storing, and a store that comes late. Waits sleep the
 * server's handler thread, interruptibly, so closing the server ends them.
 */
final class ConfirmationFaults {
    private final RawConnections connections;

    ConfirmationFaults(RawConnections connections) {
        this.connections = connections;
    }

    /** {@return whether this class answers the fault} */
    static boolean handles(ServerFault fault) {
        switch (fault.kind()) {
            case STATUS_AFTER_STORING:
            case RESET_WITHOUT_STORING:
            case STALL_WITHOUT_STORING:
            case STORE_LATER:
                return true;
            default:
                return false;
        }
    }

    /**
     * Answers a routed request as the fault says; {@code process} stores the message (if the
     * request is a valid send) and gives the answer without a fault.
     *
     * @throws InterruptedException if the server closed while the answer was waiting
     */
    void respond(HttpExchange exchange, ServerFault fault, Supplier<Answer> process) throws IOException, InterruptedException {
        switch (fault.kind()) {
            case STATUS_AFTER_STORING: {
                Answer answer = process.get();
                FaultResponder.send(exchange, answer.stored() ? new Answer(fault.status().orElseThrow(), Answer.JSON,
                        Refusal.errorBody(Refusal.SERVER_ERROR, "scripted failure after storing")) : answer);
                return;
            }
            case STALL_WITHOUT_STORING:
                Thread.sleep(fault.duration().toMillis());
                connections.reset(exchange.getRemoteAddress());
                return;
            case STORE_LATER:
                Thread.sleep(fault.duration().toMillis());
                FaultResponder.send(exchange, process.get());
                return;
            default:
                connections.reset(exchange.getRemoteAddress());
        }
    }
}
