/**
 * The acquire4j testkit, for users' and adapters' tests: {@link dev.acquire4j.testkit.InMemoryAcquire},
 * the embedded {@link dev.acquire4j.testkit.FakeAcquireServer} over a shared
 * {@link dev.acquire4j.testkit.AcquireState}, and the webhook fakes. No test framework is needed:
 * the contract suite that uses these fakes is the separate {@code dev.acquire4j.tck} module.
 *
 * <p>Jackson and {@code com.sun.net.httpserver} are used inside only; no adapter is needed.
 */
module dev.acquire4j.testkit {
    requires transitive dev.acquire4j.ports;
    requires dev.acquire4j.protocol;
    requires com.fasterxml.jackson.databind;
    requires jdk.httpserver;

    exports dev.acquire4j.testkit;
    exports dev.acquire4j.testkit.faults;
    exports dev.acquire4j.testkit.records;
}
