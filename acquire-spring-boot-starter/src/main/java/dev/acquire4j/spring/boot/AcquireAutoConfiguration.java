package dev.acquire4j.spring.boot;

import dev.acquire4j.micrometer.AcquireMetrics;
import dev.acquire4j.opentelemetry.AcquireTracing;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.OperationListener;
import dev.acquire4j.webhooks.WebhookSecret;
import dev.acquire4j.webhooks.WebhookVerifier;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The acquire4j settings, listeners and webhook verifier, from the {@code acquire.*} properties
 * ({@link AcquireProperties}). Every bean backs off when the application defines its own:
 * <ul>
 *   <li>{@link ClientSettings} {@code acquireClientSettings}, checked at start-up (a bad or missing
 *       property fails the start with a {@code ValidationException} naming it);</li>
 *   <li>{@link OperationListener} {@code acquireMetricsListener}, when acquire-micrometer is on the
 *       class path and the application has one {@code MeterRegistry} bean;</li>
 *   <li>{@link OperationListener} {@code acquireTracingListener}, when acquire-opentelemetry is on the
 *       class path and the application has one {@code OpenTelemetry} bean;</li>
 *   <li>{@link WebhookVerifier} {@code acquireWebhookVerifier}, when acquire-webhooks is on the class
 *       path and {@code acquire.webhook.secret} is set.</li>
 * </ul>
 * The client ({@link AcquireClientAutoConfiguration}) hears every {@code OperationListener} bean, the
 * application's own included, through one {@link OperationListener#all} listener.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
    "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration"})
@EnableConfigurationProperties(AcquireProperties.class)
public class AcquireAutoConfiguration {
    /** Created by Spring. */
    public AcquireAutoConfiguration() {}

    /**
     * {@return the client's settings, without a listener}
     *
     * @param properties the {@code acquire.*} properties
     */
    @Bean
    @ConditionalOnMissingBean
    public ClientSettings acquireClientSettings(AcquireProperties properties) {
        return SettingsFromProperties.build(properties);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({AcquireMetrics.class, MeterRegistry.class})
    static class MetricsListenerConfiguration {
        @Bean
        @ConditionalOnSingleCandidate(MeterRegistry.class)
        @ConditionalOnMissingBean(name = "acquireMetricsListener")
        OperationListener acquireMetricsListener(MeterRegistry registry) {
            return AcquireMetrics.listener(registry);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({AcquireTracing.class, OpenTelemetry.class})
    static class TracingListenerConfiguration {
        @Bean
        @ConditionalOnSingleCandidate(OpenTelemetry.class)
        @ConditionalOnMissingBean(name = "acquireTracingListener")
        OperationListener acquireTracingListener(OpenTelemetry openTelemetry, ClientSettings settings) {
            return AcquireTracing.listener(openTelemetry, settings.baseUri());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WebhookVerifier.class)
    static class WebhookConfiguration {
        @Bean
        @ConditionalOnProperty(prefix = "acquire.webhook", name = "secret")
        @ConditionalOnMissingBean
        WebhookVerifier acquireWebhookVerifier(AcquireProperties properties) {
            return WebhookVerifier.of(WebhookSecret.of(properties.getWebhook().getSecret()));
        }
    }
}
