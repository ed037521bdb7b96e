package dev.acquire4j.vertx.internal;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Decides whether a failed Vert.x HTTP exchange can have written the request, the one fact that
 * separates "not sent" from "outcome unknown" (docs/delivery.md). Stateless.
 */
final class TransportErrors {
    private static final int MAX_CAUSE_DEPTH = 16;
    /**
     * Vert.x fails a request that got no pooled connection within its connect timeout with a plain
     * {@code TimeoutException} whose only distinguishing mark is this text; the answer timeout has
     * another ("while executing"). If a later Vert.x rewords it, the send is reported as outcome
     * unknown: the safe side. {@code VertxAcquireClientTest} pins the current wording.
     */
    private static final String NO_CONNECTION_IN_TIME = "when getting a connection";

    /**
     * Netty's failure for a head longer than its decoder reads (a status line over 4 KiB, headers
     * over 8 KiB by Vert.x's defaults), the super type of {@code TooLongHttpHeaderException} and
     * {@code TooLongHttpLineException}. Named, not imported: the adapter reads no Netty module. If
     * a later Netty renames it, such an answer counts as a broken connection again, which contract
     * rule r11_9 catches.
     */
    private static final String HEAD_TOO_LONG = "io.netty.handler.codec.TooLongFrameException";

    private TransportErrors() {}

    /**
     * {@return whether an answer came but its head was too long to read}: the server had the request
     *
     * @param error the failure of the exchange's future
     */
    static boolean answerUnreadable(Throwable error) {
        Throwable t = error;
        for (int i = 0; i < MAX_CAUSE_DEPTH && t != null; i++, t = t.getCause()) {
            for (Class<?> k = t.getClass(); k != null; k = k.getSuperclass()) {
                if (k.getName().equals(HEAD_TOO_LONG)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@return {@code false} only when the failure certainly happened before any byte of the request
     * was written: refused or timed-out connect, unknown host, TLS handshake, no pooled connection}
     *
     * @param error the failure of the exchange's future, or what its call threw
     */
    static boolean mayHaveBeenWritten(Throwable error) {
        Throwable t = error;
        for (int i = 0; i < MAX_CAUSE_DEPTH && t != null; i++, t = t.getCause()) {
            if (t instanceof ConnectException              // refused, and Netty's connect timeout
                    || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException
                    || t instanceof SSLHandshakeException
                    || t instanceof ConnectionPoolTooBusyException
                    || (t instanceof TimeoutException && String.valueOf(t.getMessage()).contains(NO_CONNECTION_IN_TIME))) {
                return false;
            }
        }
        return true;
    }
}
