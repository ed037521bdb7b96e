/**
 * The acquire4j testkit, for users' and adapters' tests: {@link dev.acquire4j.testkit.InMemoryAcquire},
 * the embedded {@link dev.acquire4j.testkit.FakeAcquireServer} over a shared
 * {@link dev.acquire4j.testkit.AcquireState}, and the contract suite in
 * {@code dev.acquire4j.testkit.contract}.
 *
 * <p>Jackson and {@code com.sun.net.httpserver} are used inside only; no adapter is needed.
 */
module dev.acquire4j.testkit {
    requires transitive dev.acquire4j.ports;
    requires dev.acquire4j.protocol;
    requires transitive org.junit.jupiter.api;
    requires com.fasterxml.jackson.databind;
    requires jdk.httpserver;

    exports dev.acquire4j.testkit;
    exports dev.acquire4j.testkit.contract;

    // JUnit invokes the inherited rule methods of the contract classes reflectively.
    opens dev.acquire4j.testkit.contract to org.junit.platform.commons;
}
