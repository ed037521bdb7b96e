package dev.acquire4j.testkit.records;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as {@link dev.acquire4j.testkit.FakeAcquireServer} received it, byte for byte in the body, so a test
 * can assert exactly what went over the wire. Immutable and thread-safe.
 *
 * <p>Header names are lower-cased. {@link #toString()} hides the {@code Authorization} value; the
 * value itself stays readable through {@link #header(String)}, for tests that check it.
 */
public final class RecordedRequest {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /**
     * Records a request.
     *
     * @param method the HTTP method
     * @param path the raw path, without the query
     * @param rawQuery the raw query string without {@code ?}, or {@code null} if there was none
     * @param headers the headers; names are lower-cased here
     * @param body the body bytes; copied
     */
    public RecordedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.rawQuery = rawQuery;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
        copy.replaceAll((name, values) -> List.copyOf(values));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body.clone();
    }

    /** {@return the HTTP method, e.g. {@code POST}} */
    public String method() {
        return method;
    }

    /** {@return the path, e.g. {@code /api/v1/mail/add-message}} */
    public String path() {
        return path;
    }

    /** {@return the raw query string without {@code ?}, if there was one} */
    public Optional<String> rawQuery() {
        return Optional.ofNullable(rawQuery);
    }

    /** {@return the decoded query parameters, in order; a repeated name keeps every value} */
    public Map<String, List<String>> queryParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&", -1)) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        params.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(params);
    }

    /**
     * {@return the first value of a query parameter, if present}
     *
     * @param name the exact parameter name, e.g. {@code -x-user-type}
     */
    public Optional<String> queryParameter(String name) {
        List<String> values = queryParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** {@return every header, names lower-cased} */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * {@return the first value of a header, if present}
     *
     * @param name the header name, in any case
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** {@return a copy of the body bytes} */
    public byte[] body() {
        return body.clone();
    }

    /** {@return the body decoded as UTF-8} */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** {@return method, path, query and body size; never the {@code Authorization} value} */
    @Override
    public String toString() {
        return "RecordedRequest[" + method + " " + path + (rawQuery == null ? "" : "?" + rawQuery)
                + ", headers=" + headers.keySet() + ", body=" + body.length + " bytes]";
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
