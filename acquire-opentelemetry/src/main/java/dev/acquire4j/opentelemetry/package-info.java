/** OpenTelemetry traces of acquire4j operations: {@link dev.acquire4j.opentelemetry.AcquireTracing}. */
package dev.acquire4j.opentelemetry;
