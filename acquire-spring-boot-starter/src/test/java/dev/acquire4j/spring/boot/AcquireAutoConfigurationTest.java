package dev.acquire4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.micrometer.AcquireMetrics;
import dev.acquire4j.opentelemetry.AcquireTracing;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OperationListener;
import dev.acquire4j.vertx.VertxAcquireClient;
import dev.acquire4j.webhooks.WebhookSecret;
import dev.acquire4j.webhooks.WebhookVerifier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each bean of the starter appears under its condition and backs off without it, or when the application has its own. */
class AcquireAutoConfigurationTest {
    private static final String KEY = "ak_test_0123456789";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AcquireAutoConfiguration.class,
                    AcquireVertxClientAutoConfiguration.class, AcquireClientAutoConfiguration.class))
            .withPropertyValues("acquire.account=acme", "acquire.api-key=" + KEY);

    private static ChatMessage message() {
        return ChatMessage.builder().caseId(CaseId.of(1)).contactId(ContactId.of(2)).text("hello").build();
    }

    @Test
    void theJdkClientIsTheDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(AcquireClient.class);
            assertThat(context.getBean(AcquireClient.class).toString()).startsWith("JdkAcquireClient");
            assertThat(context.getBean(ClientSettings.class).baseUri()).isEqualTo(URI.create("https://acme.acquire.io"));
        });
    }

    @Test
    void theVertxClientRunsOnTheApplicationsVertx() {
        runner.withBean(Vertx.class, Vertx::vertx, d -> d.setDestroyMethodName("close")).run(context -> {
            assertThat(context).hasSingleBean(AcquireClient.class);
            assertThat(context.getBean(AcquireClient.class).toString()).startsWith("VertxAcquireClient");
        });
    }

    @Test
    void transportJdkKeepsTheJdkClientBesideAVertxBean() {
        runner.withBean(Vertx.class, Vertx::vertx, d -> d.setDestroyMethodName("close"))
                .withPropertyValues("acquire.transport=jdk")
                .run(context -> assertThat(context.getBean(AcquireClient.class).toString()).startsWith("JdkAcquireClient"));
    }

    @Test
    void transportVertxWithoutAVertxBeanMakesAVertxOfItsOwn() {
        runner.withPropertyValues("acquire.transport=vertx").run(context -> {
            assertThat(context).doesNotHaveBean(Vertx.class);
            assertThat(context.getBean(AcquireClient.class).toString()).startsWith("VertxAcquireClient");
        });
    }

    @Test
    void withoutTheVertxAdapterAVertxBeanIsIgnored() {
        runner.withClassLoader(new FilteredClassLoader(VertxAcquireClient.class))
                .withBean(Vertx.class, Vertx::vertx, d -> d.setDestroyMethodName("close"))
                .run(context -> assertThat(context.getBean(AcquireClient.class).toString()).startsWith("JdkAcquireClient"));
    }

    @Test
    void transportVertxWithoutTheVertxAdapterFailsTheStart() {
        runner.withClassLoader(new FilteredClassLoader(VertxAcquireClient.class))
                .withPropertyValues("acquire.transport=vertx")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("acquire-adapter-vertx"));
    }

    @Test
    void theApplicationsOwnClientWins() {
        AcquireClient own = dev.acquire4j.jdk.JdkAcquireClient.builder()
                .settings(ClientSettings.builder().account("other").apiKey(ApiKey.of(KEY)).build()).build();
        runner.withBean("myClient", AcquireClient.class, () -> own)
                .withBean(Vertx.class, Vertx::vertx, d -> d.setDestroyMethodName("close"))
                .run(context -> assertThat(context.getBean(AcquireClient.class)).isSameAs(own));
        own.close();
    }

    @Test
    void theClientIsClosedWithTheContext() {
        AtomicReference<AcquireClient> client = new AtomicReference<>();
        runner.run(context -> client.set(context.getBean(AcquireClient.class)));
        NotSentException e = assertThrows(NotSentException.class, () -> client.get().chat().send(message()));
        assertThat(e.attempts()).isZero();
    }

    @Test
    void theVertxClientIsClosedWithTheContext() {
        AtomicReference<AcquireClient> client = new AtomicReference<>();
        runner.withPropertyValues("acquire.transport=vertx").run(context -> client.set(context.getBean(AcquireClient.class)));
        assertThrows(NotSentException.class, () -> client.get().chat().send(message()));
    }

    @Test
    void propertiesBecomeTheSettings() {
        runner.withPropertyValues("acquire.send-deadline=5s", "acquire.lookup-deadline=7s", "acquire.connect-timeout=2s",
                "acquire.request-timeout=3s", "acquire.retry.max-attempts=1", "acquire.log-personal-data=true",
                "acquire.check-case-before-send=true", "acquire.application-name=billing/2.3").run(context -> {
                    ClientSettings s = context.getBean(ClientSettings.class);
                    assertThat(s.sendDeadline()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(s.lookupDeadline()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(s.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(s.retryPolicy().maxAttempts()).isEqualTo(1);
                    assertThat(s.logPersonalData()).isTrue();
                    assertThat(s.checkCaseBeforeSend()).isTrue();
                    assertThat(s.applicationName()).contains("billing/2.3");
                    assertThat(s.apiKey()).isEqualTo(ApiKey.of(KEY));
                });
    }

    @Test
    void missingPropertiesFailTheStartNamingThem() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AcquireAutoConfiguration.class,
                AcquireClientAutoConfiguration.class)).run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(ValidationException.class)
                        .hasMessageContaining("acquire.account or acquire.base-url is required")
                        .hasMessageContaining("acquire.api-key or acquire.api-key-file is required"));
    }

    @Test
    void aBadKeyFailsTheStartWithoutShowingIt() {
        runner.withPropertyValues("acquire.api-key=two words-" + KEY).run(context -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(ValidationException.class).hasMessageContaining("acquire.api-key")
                .hasMessageNotContaining(KEY));
    }

    @Test
    void bothAnAccountAndABaseUrlFailTheStart() {
        runner.withPropertyValues("acquire.base-url=https://acme.example").run(context -> assertThat(context).getFailure()
                .rootCause().isInstanceOf(ValidationException.class).hasMessageContaining("acquire.base-url"));
    }

    @Test
    void theApplicationsOwnSettingsWin() {
        ClientSettings own = ClientSettings.builder().account("other").apiKey(ApiKey.of(KEY)).build();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AcquireAutoConfiguration.class,
                AcquireClientAutoConfiguration.class)).withBean(ClientSettings.class, () -> own)
                .run(context -> assertThat(context.getBean(ClientSettings.class)).isSameAs(own));
    }

    @Test
    void theMetricsListenerNeedsAMeterRegistry() {
        runner.run(context -> assertThat(context).doesNotHaveBean("acquireMetricsListener"));
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> assertThat(context).hasBean("acquireMetricsListener"));
    }

    @Test
    void theMetricsListenerNeedsAcquireMicrometer() {
        runner.withClassLoader(new FilteredClassLoader(AcquireMetrics.class)).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> assertThat(context).doesNotHaveBean("acquireMetricsListener").hasSingleBean(AcquireClient.class));
    }

    @Test
    void theApplicationsOwnMetricsListenerWins() {
        OperationListener own = new OperationListener() {};
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean("acquireMetricsListener", OperationListener.class, () -> own)
                .run(context -> assertThat(context.getBean("acquireMetricsListener")).isSameAs(own));
    }

    @Test
    void theTracingListenerNeedsAnOpenTelemetryBean() {
        runner.run(context -> assertThat(context).doesNotHaveBean("acquireTracingListener"));
        runner.withBean(OpenTelemetry.class, OpenTelemetry::noop)
                .run(context -> assertThat(context).hasBean("acquireTracingListener"));
    }

    @Test
    void theTracingListenerNeedsAcquireOpentelemetry() {
        runner.withClassLoader(new FilteredClassLoader(AcquireTracing.class)).withBean(OpenTelemetry.class, OpenTelemetry::noop)
                .run(context -> assertThat(context).doesNotHaveBean("acquireTracingListener").hasSingleBean(AcquireClient.class));
    }

    @Test
    void theApplicationsOwnTracingListenerWins() {
        OperationListener own = new OperationListener() {};
        runner.withBean(OpenTelemetry.class, OpenTelemetry::noop).withBean("acquireTracingListener", OperationListener.class, () -> own)
                .run(context -> assertThat(context.getBean("acquireTracingListener")).isSameAs(own));
    }

    @Test
    void theWebhookVerifierNeedsASecret() {
        runner.run(context -> assertThat(context).doesNotHaveBean(WebhookVerifier.class));
        runner.withPropertyValues("acquire.webhook.secret=whsec_0123456789abcdef")
                .run(context -> assertThat(context).hasSingleBean(WebhookVerifier.class));
    }

    @Test
    void theWebhookVerifierNeedsAcquireWebhooks() {
        runner.withClassLoader(new FilteredClassLoader(WebhookVerifier.class)).withPropertyValues("acquire.webhook.secret=whsec_0123456789abcdef")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(AcquireClient.class));
    }

    @Test
    void theApplicationsOwnWebhookVerifierWins() {
        WebhookVerifier own = WebhookVerifier.of(WebhookSecret.of("whsec_fedcba9876543210"));
        runner.withPropertyValues("acquire.webhook.secret=whsec_0123456789abcdef").withBean(WebhookVerifier.class, () -> own)
                .run(context -> assertThat(context.getBean(WebhookVerifier.class)).isSameAs(own));
    }
}
