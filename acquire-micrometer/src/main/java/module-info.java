/**
 * Optional Micrometer metrics for acquire4j: {@link dev.acquire4j.micrometer.AcquireMetrics}
 * turns the events of a {@link dev.acquire4j.ports.OperationListener} into timers and counters. Works
 * with every transport; depends only on the ports and micrometer-core.
 */
module dev.acquire4j.micrometer {
    requires transitive dev.acquire4j.ports;
    // Not transitive: micrometer-core is an automatic module, and javac warns on requiring one
    // transitively. Callers that hold a MeterRegistry already read micrometer.core.
    requires micrometer.core;

    exports dev.acquire4j.micrometer;
}
