/**
 * Optional Micrometer metrics for acquire4j: {@link dev.acquire4j.micrometer.AcquireMetrics}
 * turns the events of a {@link dev.acquire4j.ports.OperationListener} into timers and counters. Works
 * with every transport; depends only on the ports and micrometer-core.
 */
module dev.acquire4j.micrometer {
    requires transitive dev.acquire4j.ports;
    // Transitive: MeterRegistry is in AcquireMetrics' API.
    requires transitive micrometer.core;

    exports dev.acquire4j.micrometer;
}
