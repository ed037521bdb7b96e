package dev.acquire4j.protocol.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A complete HTTP answer as a {@link Transport} hands it to the core: status, headers and the whole
 * body. Any status, 2xx or not, is an answer; the core reads it. The body array is not copied.
 *
 * @param status the HTTP status
 * @param header looks up an answer header by lower-case name, case-insensitively; empty when absent
 * @param body the whole body, possibly empty, never {@code null}
 */
public record WireAnswer(int status, Function<String, Optional<String>> header, byte[] body) {
    /**
     * Checks the components.
     *
     * @param status the HTTP status
     * @param header looks up an answer header by lower-case name
     * @param body the whole body; {@code null} is taken as empty
     * @throws NullPointerException if {@code header} is {@code null}
     */
    public WireAnswer {
        Objects.requireNonNull(header, "header");
        body = body == null ? new byte[0] : body;
    }
}
