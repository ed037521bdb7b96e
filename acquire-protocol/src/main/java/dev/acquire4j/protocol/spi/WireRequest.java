package dev.acquire4j.protocol.spi;

import dev.acquire4j.ports.Operation;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request ready for any HTTP transport: method, full URI, headers and the JSON body as UTF-8
 * bytes, and the operation it belongs to. Immutable by contract and thread-safe; built by the
 * protocol, moved by a {@link Transport}.
 *
 * <p>The body array is shared, not copied, to keep a send free of extra copies: transports must
 * not modify it. {@code toString} shows neither the body nor the API key.
 *
 * @param operation the operation the request belongs to
 * @param method the HTTP method, {@code GET} or {@code POST}
 * @param uri the full URI, with the query string
 * @param endpoint the method and API path for errors and logs, e.g.
 *     {@code POST /api/v1/mail/add-message}; no base path, no query
 * @param headers the headers to send; transports add {@code Content-Length} and {@code Host}
 * @param body the JSON body in UTF-8
 */
public record WireRequest(Operation operation, String method, URI uri, String endpoint, List<Header> headers, byte[] body) {
    /**
     * Checks the components and makes the header list unmodifiable.
     *
     * @param body the JSON body in UTF-8
     * @param operation the operation the request belongs to
     * @param endpoint the method and API path for errors and logs, e.g. {@code POST /api/v1/mail/add-message}; no base path, no query
     * @param headers the headers to send; transports add {@code Content-Length} and {@code Host}
     * @param method the HTTP method, {@code GET} or {@code POST}
     * @param uri the full URI, with the query string
     * @throws NullPointerException if a component is {@code null}
     */
    public WireRequest {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(endpoint, "endpoint");
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /**
     * {@return the value of the first header with this name, ignoring case}
     *
     * @param name the header name
     */
    public Optional<String> header(String name) {
        for (Header h : headers) {
            if (h.is(name)) {
                return Optional.of(h.value());
            }
        }
        return Optional.empty();
    }

    /** {@return whether the other request has the same components, comparing bodies by content} */
    @Override
    public boolean equals(Object other) {
        return other instanceof WireRequest r && operation == r.operation && method.equals(r.method)
                && uri.equals(r.uri) && endpoint.equals(r.endpoint) && headers.equals(r.headers)
                && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, method, uri, endpoint, headers) * 31 + Arrays.hashCode(body);
    }

    /** {@return the method, URI, headers (key hidden) and body size; never the body or key} */
    @Override
    public String toString() {
        return "WireRequest[" + method + " " + uri + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}
