package dev.acquire4j.jdk.internal;

import java.io.IOException;
import java.net.http.HttpHeaders;

/**
 * Ends an exchange whose answer body is larger than the client's limit: carries the status, the
 * headers and the start of the body, so the answer can still be classified by its status. Never
 * leaves this package: {@link JdkExchange} turns it into one of our exceptions.
 */
final class AnswerTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient HttpHeaders headers;
    private final byte[] prefix;

    AnswerTooLargeException(int status, HttpHeaders headers, byte[] prefix, int limit) {
        super("the answer is larger than " + limit + " bytes");
        this.status = status;
        this.headers = headers;
        this.prefix = prefix;
    }

    /** {@return the answer's status} */
    int status() {
        return status;
    }

    /** {@return the answer's headers} */
    HttpHeaders headers() {
        return headers;
    }

    /** {@return the start of the body, read before the limit was reached} */
    byte[] prefix() {
        return prefix.clone();
    }
}
