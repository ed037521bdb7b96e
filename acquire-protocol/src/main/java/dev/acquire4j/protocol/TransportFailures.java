package dev.acquire4j.protocol;

import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.ResponseTimeoutException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.protocol.spi.WireRequest;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Classifies a failure below HTTP (no status came) by the one fact that decides what the caller may
 * do: whether the request had been written. Stateless and thread-safe.
 */
final class TransportFailures {
    private static final int MAX_CAUSE_DEPTH = 16;

    private TransportFailures() {}

    /**
     * {@return the error for a failed exchange}
     *
     * @param cause the transport's exception; kept as the cause
     * @param requestWritten whether any of the request may have reached the server
     */
    static SendFailedException classify(WireRequest request, Throwable cause, boolean requestWritten, int attempts) {
        if (cause instanceof SendFailedException failure) {
            return failure;
        }
        FailureDetails d = FailureDetails.withoutAnswer(request.operation(), request.endpoint(), attempts);
        String what = request.operation().noun();
        Throwable root = unwrap(cause);
        boolean timeout = isTimeout(root);
        if (!requestWritten && certificateRefused(cause)) {
            // Not a ConnectionFailedException: no retry can make an untrusted or misnamed certificate acceptable.
            return new NotSentException("The TLS certificate of " + request.uri().getHost()
                    + " was refused (not trusted, or not for this host name); the " + what
                    + " was not sent. Check the base URI and the trust store.", d, cause);
        }
        if (!requestWritten) {
            return new ConnectionFailedException((timeout
                    ? "Could not connect to Acquire within the connect timeout"
                    : "Could not connect to Acquire (" + kind(root) + ")") + "; the " + what + " was not sent.", d, cause);
        }
        if (timeout) {
            return new ResponseTimeoutException("No answer came from Acquire within the request timeout; the "
                    + what + " may have been stored.", d, cause);
        }
        if (root instanceof IOException) {
            return new ResponseTimeoutException("The connection to Acquire broke before the answer was complete ("
                    + kind(root) + "); the " + what + " may have been stored.", d, cause);
        }
        if (root instanceof CancellationException) {
            return new OutcomeUnknownException("The operation was cancelled after the request was written; the "
                    + what + " may have been stored.", d, cause);
        }
        return new OutcomeUnknownException("The exchange with Acquire failed after the request was written ("
                + kind(root) + "); the " + what + " may have been stored.", d, cause);
    }

    /**
     * {@return whether the client refused the server's certificate}: its chain of trust or its host
     * name (the JDK reports both as a {@code CertificateException} under the handshake failure; a
     * transport that checks names itself, as {@code SSLPeerUnverifiedException})
     */
    static boolean certificateRefused(Throwable t) {
        Throwable cur = t;
        for (int i = 0; i < MAX_CAUSE_DEPTH && cur != null; i++) {
            if (cur instanceof CertificateException || cur instanceof SSLPeerUnverifiedException) {
                return true;
            }
            cur = cur.getCause();
        }
        return false;
    }

    /** Futures wrap the transport's exception; classify by what is inside. */
    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        for (int i = 0; i < MAX_CAUSE_DEPTH && (cur instanceof CompletionException || cur instanceof ExecutionException)
                && cur.getCause() != null; i++) {
            cur = cur.getCause();
        }
        return cur;
    }

    /**
     * {@return whether the failure, or one of its causes, is a timeout}
     *
     * <p>Besides the JDK types, matched by class name, so that {@code java.net.http}'s
     * {@code HttpTimeoutException} and Vert.x's or Netty's timeouts count without depending on them.
     */
    static boolean isTimeout(Throwable t) {
        Throwable cur = t;
        for (int i = 0; i < MAX_CAUSE_DEPTH && cur != null; i++) {
            if (cur instanceof TimeoutException || cur instanceof SocketTimeoutException
                    || cur.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
            cur = cur.getCause();
        }
        return false;
    }

    /** {@return the failure's simple class name; its message is left out, it may quote the server} */
    private static String kind(Throwable t) {
        return t == null ? "unknown failure" : t.getClass().getSimpleName();
    }
}
