package dev.acquire4j.cli;

import java.util.Locale;

/** The HTTP transports the command can send through; {@link Transports} builds a client for each. */
public enum Transport {
    /** {@code java.net.http}, from {@code acquire-adapter-jdk}; the default. */
    JDK,
    /** The Vert.x Web Client, from {@code acquire-adapter-vertx}. */
    VERTX;

    /** {@return the name used on the command line: {@code jdk} or {@code vertx}} */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
