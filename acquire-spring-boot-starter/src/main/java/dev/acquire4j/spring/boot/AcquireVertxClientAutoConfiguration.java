package dev.acquire4j.spring.boot;

import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.OperationListener;
import dev.acquire4j.vertx.VertxAcquireClient;
import dev.acquire4j.vertx.VertxAcquireOptions;
import io.vertx.core.Vertx;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * The {@link AcquireClient} bean on the Vert.x transport, when acquire-adapter-vertx is on the class
 * path and either the application has a {@code Vertx} bean (unless {@code acquire.transport=jdk}) or
 * {@code acquire.transport=vertx} (then on a Vert.x instance of the client's own). Backs off when the
 * application defines its own {@code AcquireClient}; closed with the context.
 */
@AutoConfiguration(after = AcquireAutoConfiguration.class)
@ConditionalOnClass({VertxAcquireClient.class, Vertx.class})
public class AcquireVertxClientAutoConfiguration {
    /** Created by Spring. */
    public AcquireVertxClientAutoConfiguration() {}

    /**
     * {@return the client, on the application's Vert.x instance, which closing the client leaves running}
     *
     * @param vertx the application's Vert.x
     * @param settings the client's settings
     * @param listeners every listener bean
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(AcquireClient.class)
    @ConditionalOnSingleCandidate(Vertx.class)
    @ConditionalOnExpression("!'${acquire.transport:auto}'.equalsIgnoreCase('jdk')")
    public AcquireClient acquireClient(Vertx vertx, ClientSettings settings, ObjectProvider<OperationListener> listeners) {
        return VertxAcquireClient.create(vertx, options(settings, listeners)).asAcquireClient();
    }

    /**
     * {@return the client, on a Vert.x instance of its own that closing the client closes}
     *
     * @param settings the client's settings
     * @param listeners every listener bean
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean({AcquireClient.class, Vertx.class})
    @ConditionalOnProperty(name = "acquire.transport", havingValue = "vertx")
    public AcquireClient acquireStandaloneVertxClient(ClientSettings settings, ObjectProvider<OperationListener> listeners) {
        return VertxAcquireClient.createStandalone(options(settings, listeners)).asAcquireClient();
    }

    private static VertxAcquireOptions options(ClientSettings settings, ObjectProvider<OperationListener> listeners) {
        return VertxAcquireOptions.of(Listeners.attach(settings, listeners.orderedStream()));
    }
}
