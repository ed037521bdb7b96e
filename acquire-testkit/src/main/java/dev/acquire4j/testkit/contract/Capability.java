package dev.acquire4j.testkit.contract;

/** What a fixture can show beyond what every client must do; rules that need more are skipped. */
public enum Capability {
    /** The requests are recorded as they went over the wire ({@link ContractFixture#requests()}). */
    WIRE,
    /** The fixture can answer a send with an arbitrary raw 200 body ({@link ContractFixture#answerNextWithRaw}). */
    RAW_ANSWERS
}
