package dev.acquire4j.tck;

import java.time.Duration;

/**
 * What a {@link LoadAndFaultRun} counted, once every send was accounted for. Immutable.
 *
 * @param sent sends that returned a {@code SentMessage}, each stored exactly once
 * @param notSent sends that failed with a {@code NotSentException}, none stored
 * @param unknown sends that failed with an {@code OutcomeUnknownException}, each stored at most once
 * @param duplicates texts the server stored more than once (a run only passes with 0)
 * @param unaccounted stored copies no send reported as its own: those of sends that ended unknown
 * @param stored messages the server stored
 * @param requests requests the server received, retries included
 * @param faults requests that met a fault of the plan
 * @param connections connections the server accepted
 * @param took how long the sends took
 * @param settled how long it then took for every connection and thread to go
 */
public record LoadTally(int sent, int notSent, int unknown, int duplicates, int unaccounted, int stored, int requests, int faults,
        long connections, Duration took, Duration settled) {

    /** {@return every send: {@code sent + notSent + unknown}} */
    public int total() {
        return sent + notSent + unknown;
    }

    /**
     * Checks what a run that confirms unknown outcomes promises: every send ended sent or not sent,
     * every stored copy belongs to a send reported sent, and the server stored as many as were sent.
     *
     * @param total how many sends the run made
     * @return this tally
     * @throws AssertionError naming the tally otherwise
     */
    public LoadTally requireEverySendSettled(int total) {
        if (total() != total || unknown != 0 || unaccounted != 0 || duplicates != 0 || stored != sent) {
            throw new AssertionError("expected " + total + " sends settled: unknown=0, unaccounted=0, duplicates=0"
                    + " and stored == sent, but " + this);
        }
        return this;
    }

    /** {@return {@code sent=…, notSent=…, unknown=…, duplicates=…, unaccounted=…}, then the server's counts} */
    @Override
    public String toString() {
        return "sent=" + sent + ", notSent=" + notSent + ", unknown=" + unknown + ", duplicates=" + duplicates
                + ", unaccounted=" + unaccounted + " (stored=" + stored + ", requests=" + requests + ", faults=" + faults
                + ", connections=" + connections + ", took=" + took.toMillis() + " ms, settled in "
                + settled.toMillis() + " ms)";
    }
}
