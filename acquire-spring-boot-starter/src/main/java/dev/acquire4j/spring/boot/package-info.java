/**
 * Spring Boot auto-configuration for acquire4j: an {@link dev.acquire4j.ports.AcquireClient} bean from
 * the {@code acquire.*} properties ({@link dev.acquire4j.spring.boot.AcquireProperties}), with metrics,
 * tracing and webhook verification when their libraries and beans are present.
 */
package dev.acquire4j.spring.boot;
