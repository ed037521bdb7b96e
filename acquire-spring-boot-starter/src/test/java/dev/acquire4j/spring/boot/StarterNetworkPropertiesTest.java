package dev.acquire4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.HttpProxy;
import dev.acquire4j.testkit.FakeTls;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code acquire.proxy.*} and {@code acquire.trust-store.*} reach the client's settings; secrets never show. */
class StarterNetworkPropertiesTest {
    private static final String KEY = "k".repeat(32);
    private static final String SECRET = "pr0xy-pa55word";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AcquireAutoConfiguration.class,
                    AcquireVertxClientAutoConfiguration.class, AcquireClientAutoConfiguration.class))
            // Vert.x: the JDK transport would (rightly) refuse proxy credentials in a JVM not started for them.
            .withPropertyValues("acquire.account=acme", "acquire.api-key=" + KEY, "acquire.transport=vertx");

    @Test
    void proxyPropertiesMakeTheSettingsProxy() {
        runner.withPropertyValues("acquire.proxy.host=proxy.corp.example", "acquire.proxy.port=3128",
                "acquire.proxy.username=svc-acquire", "acquire.proxy.password=" + SECRET,
                "acquire.proxy.bypass=*.corp.example,localhost").run(context -> {
                    ClientSettings settings = context.getBean(ClientSettings.class);
                    HttpProxy proxy = settings.proxy().orElseThrow();
                    assertThat(proxy.host()).isEqualTo("proxy.corp.example");
                    assertThat(proxy.port()).isEqualTo(3128);
                    assertThat(proxy.bypass()).isEqualTo(List.of("*.corp.example", "localhost"));
                    assertThat(proxy.credentials().orElseThrow().password()).isEqualTo(SECRET);
                    assertThat(settings.toString()).doesNotContain(SECRET).contains("credentials=hidden");
                });
    }

    @Test
    void noProxyPropertiesNoProxy() {
        runner.run(context -> assertThat(context.getBean(ClientSettings.class).proxy()).isEmpty());
    }

    @Test
    void aProxyWithoutAPortOrWithSystemPropertiesTooFailsTheStart() {
        runner.withPropertyValues("acquire.proxy.host=proxy").run(context -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(ValidationException.class).hasMessageContaining("acquire.proxy.port"));
        runner.withPropertyValues("acquire.proxy.host=proxy", "acquire.proxy.port=1", "acquire.proxy.use-system-properties=true")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(ValidationException.class).hasMessageContaining("use-system-properties"));
    }

    @Test
    void aTrustStoreFileIsLoaded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            FakeTls.forLoopback().trustStore().store(out, "changeit".toCharArray());
        }
        runner.withPropertyValues("acquire.trust-store.location=" + file, "acquire.trust-store.password=changeit")
                .run(context -> assertThat(context.getBean(ClientSettings.class).trustStore()).isPresent());
        runner.withPropertyValues("acquire.trust-store.location=" + file, "acquire.trust-store.password=wrong-" + SECRET)
                .run(context -> assertThat(context).getFailure().rootCause().isInstanceOf(ValidationException.class)
                        .hasMessageContaining("acquire.trust-store.location").hasMessageNotContaining(SECRET));
    }
}
