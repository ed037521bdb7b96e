/**
 * Optional OpenTelemetry tracing for acquire4j: {@link dev.acquire4j.opentelemetry.AcquireTracing}
 * turns the events of a {@link dev.acquire4j.ports.OperationListener} into one CLIENT span per
 * operation. Works with every transport; depends only on the ports and the OpenTelemetry API.
 */
module dev.acquire4j.opentelemetry {
    requires transitive dev.acquire4j.ports;
    // Not transitive: the OpenTelemetry API is an automatic module, and javac warns on requiring one
    // transitively. Callers that hold an OpenTelemetry instance already read io.opentelemetry.api.
    requires io.opentelemetry.api;
    requires io.opentelemetry.context;

    exports dev.acquire4j.opentelemetry;
}
