package dev.acquire4j.tck;

import dev.acquire4j.testkit.faults.FailureKind;
import dev.acquire4j.testkit.faults.ServerFault;
import java.util.Optional;

/**
 * The in-memory client's stand-ins for the server faults that end a send with an unknown outcome,
 * stored or not: what the client sees is the same exception, and what the account holds is the same.
 */
final class MemoryFaults {
    private MemoryFaults() {}

    /** {@return the in-memory failure for a fault, when there is one} */
    static Optional<FailureKind> kindFor(ServerFault f) {
        switch (f.kind()) {
            case RESET_AFTER_READ:
                return Optional.of(FailureKind.RESET_AFTER_STORING);
            case RESET_WITHOUT_STORING:
                return Optional.of(FailureKind.RESET);
            case DELAY:
                return Optional.of(FailureKind.TIMEOUT_AFTER_STORING);
            case STALL_WITHOUT_STORING:
                return Optional.of(FailureKind.TIMEOUT);
            case STATUS_AFTER_STORING:
                return f.status().orElse(0) == 500 ? Optional.of(FailureKind.SERVER_ERROR_AFTER_STORING) : Optional.empty();
            default:
                return Optional.empty();
        }
    }
}
