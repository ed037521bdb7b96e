package dev.acquire4j.spring.boot;

import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.OperationListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link AcquireClient} bean on the JDK's {@code java.net.http} transport: the default, when
 * {@link AcquireVertxClientAutoConfiguration} made none. Backs off when the application defines its
 * own {@code AcquireClient}; closed with the context.
 */
@AutoConfiguration(after = {AcquireAutoConfiguration.class, AcquireVertxClientAutoConfiguration.class})
public class AcquireClientAutoConfiguration {
    /** Created by Spring. */
    public AcquireClientAutoConfiguration() {}

    /**
     * {@return the client on the JDK transport}
     *
     * @param properties the {@code acquire.*} properties
     * @param settings the client's settings
     * @param listeners every listener bean, heard through one {@link OperationListener#all} listener
     * @throws IllegalStateException if {@code acquire.transport=vertx} but acquire-adapter-vertx is not on the class path
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public AcquireClient acquireClient(AcquireProperties properties, ClientSettings settings,
            ObjectProvider<OperationListener> listeners) {
        if (properties.getTransport() == AcquireProperties.Transport.VERTX) {
            throw new IllegalStateException("acquire.transport=vertx needs dev.acquire4j:acquire-adapter-vertx on the class path");
        }
        return JdkAcquireClient.builder().settings(Listeners.attach(settings, listeners.orderedStream())).build();
    }
}
