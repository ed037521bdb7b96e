package dev.acquire4j.protocol;

import dev.acquire4j.domain.Channel;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request ready for any HTTP transport: method, full URI, headers and the JSON body as UTF-8
 * bytes. Immutable by contract and thread-safe; built by {@link AcquireProtocol}.
 *
 * <p>The body array is shared, not copied, to keep a send free of extra copies: transports must
 * not modify it. {@code toString} shows neither the body nor the API key.
 *
 * @param channel the channel of the message
 * @param method the HTTP method, {@code POST}
 * @param uri the full URI, with the query string
 * @param endpoint the method and API path for errors and logs, e.g.
 *     {@code POST /api/v1/mail/add-message}; no base path, no query
 * @param headers the headers to send; transports add {@code Content-Length} and {@code Host}
 * @param body the JSON body in UTF-8
 */
public record WireRequest(Channel channel, String method, URI uri, String endpoint, List<Header> headers, byte[] body) {
    /**
     * Checks the components and makes the header list unmodifiable.
     *
     * @param body the JSON body in UTF-8
     * @param channel the channel of the message
     * @param endpoint the method and API path for errors and logs, e.g. {@code POST /api/v1/mail/add-message}; no base path, no query
     * @param headers the headers to send; transports add {@code Content-Length} and {@code Host}
     * @param method the HTTP method, {@code POST}
     * @param uri the full URI, with the query string
     * @throws NullPointerException if a component is {@code null}
     */
    public WireRequest {
        Objects.requireNonNull(channel, "channel");
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
        return other instanceof WireRequest
                && channel == ((WireRequest) other).channel
                && method.equals(((WireRequest) other).method)
                && uri.equals(((WireRequest) other).uri)
                && endpoint.equals(((WireRequest) other).endpoint)
                && headers.equals(((WireRequest) other).headers)
                && Arrays.equals(body, ((WireRequest) other).body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(channel, method, uri, endpoint, headers) * 31 + Arrays.hashCode(body);
    }

    /** {@return the method, URI, headers (key hidden) and body size; never the body or key} */
    @Override
    public String toString() {
        return "WireRequest[" + method + " " + uri + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}
