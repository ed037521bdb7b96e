package dev.acquire4j.spring.boot;

import java.nio.file.Path;

/**
 * The {@code acquire.trust-store.*} properties: certificates the client trusts instead of the JVM's
 * default ones, e.g. a company's root where a proxy inspects TLS. Unset location: the JVM's default
 * trust. Bound once at start-up; not thread-safe while being bound.
 */
public class TrustStoreProperties {
    /** A trust store file (PKCS12 by default) holding the trusted certificates. */
    private Path location;
    /** The store's password, if it has one; never logged. */
    private String password;
    /** The store's type, e.g. PKCS12 or JKS. */
    private String type = "PKCS12";

    /** Creates the properties with every value unset, for Spring to bind. */
    public TrustStoreProperties() {
        // Spring binds the values through the setters.
    }

    /** {@return the store's file, or {@code null}} */
    public Path getLocation() {
        return location;
    }

    /**
     * Sets the store's file.
     *
     * @param location the file
     */
    public void setLocation(Path location) {
        this.location = location;
    }

    /** {@return the store's password, or {@code null}} */
    public String getPassword() {
        return password;
    }

    /**
     * Sets the store's password.
     *
     * @param password the password
     */
    public void setPassword(String password) {
        this.password = password;
    }

    /** {@return the store's type} */
    public String getType() {
        return type;
    }

    /**
     * Sets the store's type.
     *
     * @param type e.g. {@code PKCS12}
     */
    public void setType(String type) {
        this.type = type;
    }
}
