package dev.acquire4j.spring.boot;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code acquire.proxy.*} properties: an HTTP proxy the client reaches Acquire through (an HTTPS
 * tunnel with {@code CONNECT}). Unset host and {@code use-system-properties=false}: no proxy. Bound
 * once at start-up; not thread-safe while being bound.
 */
public class ProxyProperties {
    /** The proxy's host name or IP literal; unset for no proxy. */
    private String host;
    /** The proxy's port, 1 to 65535. */
    private Integer port;
    /** The user name the proxy asks for (HTTP Basic); unset for none. */
    private String username;
    /** The proxy's password; never logged. */
    private String password;
    /** Hosts reached directly: names, IP literals, or patterns with one '*' at the start or end. */
    private List<String> bypass = new ArrayList<>();
    /** Whether to take the proxy from the JVM's https.proxyHost, https.proxyPort and http.nonProxyHosts instead. */
    private boolean useSystemProperties;

    /** Creates the properties with every value unset, for Spring to bind. */
    public ProxyProperties() {
        // Spring binds the values through the setters.
    }

    /** {@return the proxy's host, or {@code null}} */
    public String getHost() {
        return host;
    }

    /**
     * Sets the proxy's host.
     *
     * @param host the host
     */
    public void setHost(String host) {
        this.host = host;
    }

    /** {@return the proxy's port, or {@code null}} */
    public Integer getPort() {
        return port;
    }

    /**
     * Sets the proxy's port.
     *
     * @param port the port
     */
    public void setPort(Integer port) {
        this.port = port;
    }

    /** {@return the user name, or {@code null}} */
    public String getUsername() {
        return username;
    }

    /**
     * Sets the user name.
     *
     * @param username the user name
     */
    public void setUsername(String username) {
        this.username = username;
    }

    /** {@return the password, or {@code null}} */
    public String getPassword() {
        return password;
    }

    /**
     * Sets the password.
     *
     * @param password the password
     */
    public void setPassword(String password) {
        this.password = password;
    }

    /** {@return the bypass hosts} */
    public List<String> getBypass() {
        return bypass;
    }

    /**
     * Sets the bypass hosts.
     *
     * @param bypass the hosts and patterns
     */
    public void setBypass(List<String> bypass) {
        this.bypass = bypass;
    }

    /** {@return whether the JVM's proxy properties apply} */
    public boolean isUseSystemProperties() {
        return useSystemProperties;
    }

    /**
     * Sets whether the JVM's proxy properties apply.
     *
     * @param useSystemProperties whether they do
     */
    public void setUseSystemProperties(boolean useSystemProperties) {
        this.useSystemProperties = useSystemProperties;
    }
}
