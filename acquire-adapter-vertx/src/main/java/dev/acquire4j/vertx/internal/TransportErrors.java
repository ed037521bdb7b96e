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

    private TransportErrors() {}

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
