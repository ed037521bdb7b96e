/**
 * The acquire4j technology compatibility kit: the contract suite every
 * {@link dev.acquire4j.ports.AcquireClient} must pass, its fixtures over the testkit's fakes, and
 * the load-and-fault run, all in {@code dev.acquire4j.tck}.
 *
 * <p>JUnit Jupiter's API is required transitively: the suite's rules are JUnit tests. Jackson is
 * used inside only, to compare request bodies.
 */
module dev.acquire4j.tck {
    requires transitive dev.acquire4j.testkit;
    requires transitive org.junit.jupiter.api;
    requires com.fasterxml.jackson.databind;
    requires java.logging;
    requires java.management;

    exports dev.acquire4j.tck;

    // JUnit invokes the rule methods of the contract reflectively.
    opens dev.acquire4j.tck to org.junit.platform.commons;
}
