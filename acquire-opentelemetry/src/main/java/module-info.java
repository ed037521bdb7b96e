/**
 * Optional OpenTelemetry tracing for acquire4j: {@link dev.acquire4j.opentelemetry.AcquireTracing}
 * turns the events of a {@link dev.acquire4j.ports.OperationListener} into one CLIENT span per
 * operation. Works with every transport; depends only on the ports and the OpenTelemetry API.
 */
module dev.acquire4j.opentelemetry {
    requires transitive dev.acquire4j.ports;
    // Transitive: AcquireTracing takes an OpenTelemetry, so callers must read its module. It is an
    // automatic module; the build turns off only the lint about requiring such a module transitively.
    requires transitive io.opentelemetry.api;
    requires io.opentelemetry.context;

    exports dev.acquire4j.opentelemetry;
}
