package dev.acquire4j.ports;

import dev.acquire4j.domain.Redaction;
import dev.acquire4j.domain.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The rules for an explicit base URI, which receives the API key. */
final class BaseUris {
    private static final String FIELD = "baseUri";
    private static final int MAX_PORT = 65535;

    private BaseUris() {}

    static URI check(URI uri) {
        if (uri == null) {
            throw invalid("is required", "");
        }
        // First, and never echoed: user information is a credential, whatever else is wrong.
        String authority = uri.getRawAuthority();
        if (uri.getRawUserInfo() != null || (authority != null && authority.indexOf('@') >= 0)) {
            throw invalid("must not contain user information", "<redacted>");
        }
        String text = uri.toString();
        String shown = text.indexOf('@') >= 0 ? "<redacted>" : Redaction.plain(text);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            throw invalid("must be an absolute http(s) URI with a host", shown);
        }
        int port = uri.getPort();
        if (port == 0 || port > MAX_PORT || port < 0 && uri.getRawAuthority().endsWith(":")) {
            throw invalid("must have a port from 1 to " + MAX_PORT + ", or none", shown);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
            throw invalid("must use https (plain http is allowed only for loopback hosts)", shown);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid("must not have a query or a fragment", shown);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        try {
            return new URI(scheme + "://" + uri.getRawAuthority() + path);
        } catch (URISyntaxException e) {
            throw invalid("is not a valid URI", shown);
        }
    }

    /** Loopback by its literal form only, so that no name lookup ever happens here. */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] octets = h.split("\\.", -1);
        if (octets.length != 4 || !octets[0].equals("127")) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("[0-9]{1,3}") || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static ValidationException invalid(String rule, String shown) {
        return ValidationException.of("ClientSettings", FIELD, rule, shown);
    }
}
